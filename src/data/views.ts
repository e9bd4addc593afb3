/**
 * Editorial settings of the charts that are not facts: where the timeline opens.
 */

/** The timeline opens on the months where most events are: May to September 2023. */
export const DEFAULT_WINDOW = { from: '2023-05-01', to: '2023-09-30' } as const;
