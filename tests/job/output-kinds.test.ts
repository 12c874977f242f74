import { describe, expect, it } from 'vitest';
import { outputKind, outputPaths } from '../../src/job/outputs.js';

describe('outputKind', () => {
  const layouts = [
    { outDir: 'out', localesDir: 'locales' },
    { outDir: '/tmp/x/out', localesDir: '/tmp/x/locales' },
    { outDir: 'build', localesDir: 'build/locales' },
  ];
  it.each(layouts)('tells every kind of output apart in %j', (layout) => {
    expect(outputKind(layout, outputPaths.bundle(layout, 'fr', 'a-1'))).toBe('locales');
    expect(outputKind(layout, outputPaths.xliff(layout, '2.1', 'fr', 'a-1'))).toBe('xliff');
    expect(outputKind(layout, outputPaths.story(layout, 'ar', 'a-1'))).toBe('stories');
    expect(outputKind(layout, outputPaths.report(layout))).toBe('report');
    expect(outputKind(layout, outputPaths.storyReport(layout, 'a-1'))).toBe('report');
    // A story named like a report, and a story report's name in a subfolder, are not story reports.
    expect(outputKind(layout, outputPaths.story(layout, 'fr', 'a-1.report.json'))).toBe('stories');
    expect(outputKind(layout, outputPaths.review(layout, 'a-1.report'))).toBe('review');
    expect(outputKind(layout, outputPaths.review(layout, 'a-1'))).toBe('review');
    expect(outputKind(layout, outputPaths.reviewIndex(layout))).toBe('review');
    // A story whose id starts like the folder is still a story.
    expect(outputKind(layout, outputPaths.story(layout, 'fr', 'review'))).toBe('stories');
  });
});
