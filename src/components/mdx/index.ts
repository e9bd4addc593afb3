/**
 * Everything a chapter author can use in MDX. The chapter page passes these to the content,
 * so chapters need no import lines.
 */
import Cite from './Cite.astro';
import ConfidenceLegend from './ConfidenceLegend.astro';
import OpenQuestions from './OpenQuestions.astro';
import Quote from './Quote.astro';
import StartingArticleCorrections from './StartingArticleCorrections.astro';
import TokenForgeryDiagram from './TokenForgeryDiagram.astro';
import UpdatesLog from './UpdatesLog.astro';

export const mdxComponents = {
  Cite,
  ConfidenceLegend,
  OpenQuestions,
  Quote,
  StartingArticleCorrections,
  TokenForgeryDiagram,
  UpdatesLog,
};
