/**
 * Lighthouse with its default mobile preset (a mid-range phone on slow 4G, simulated: 150 ms
 * round trips, 1.6 Mbit/s, CPU slowed 4×), run in the same Chromium the other benchmarks use.
 * Each figure is the median of the runs.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { round } from './support.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The Chromium the tests and the other benchmarks use. */
const chromePath = () => chromiumLaunchOptions().executablePath ?? chromium.executablePath();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs Lighthouse `runs` times on each URL; resolves to { [url]: figures }. */
export async function lighthouseMedians(urls, runs = 3) {
  const chrome = await launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const results = {};
  try {
    for (const url of urls) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: CATEGORIES,
        });
        samples.push({
          ...Object.fromEntries(
            CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
          ),
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
          tbtMs: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          fcpMs: lhr.audits['first-contentful-paint'].numericValue,
        });
      }
      results[url] = {
        runs,
        ...Object.fromEntries(
          Object.keys(samples[0]).map((key) => [
            key,
            round(median(samples.map((sample) => sample[key])), key === 'cls' ? 3 : 0),
          ]),
        ),
      };
    }
  } finally {
    chrome.kill();
  }
  return results;
}
