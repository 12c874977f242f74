/**
 * `wire-l10n watch` end to end: the real CLI, spawned on a scratch inbox, with stories arriving
 * while it runs. Every wait is for a condition (with a generous time-out), never a fixed sleep
 * that asserts a speed.
 */
import { appendFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchProject, startCli, type SpawnedCli } from '../helpers/cli.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';
import type { FakeDeepL } from '../helpers/fake-deepl/index.js';

const authKey = 'test-watch-7d1e:fx';
const fake = fakeDeepLPerTest({ authKey });

function startWatch(project: string, extra: readonly string[] = [], env: NodeJS.ProcessEnv = {}): SpawnedCli {
  return startCli(project, ['watch', 'inbox', '--to', 'fr,ar', '--engine', 'pseudo', '--settle', '2500ms', '--poll', '100ms', ...extra], env);
}

/** Polls `condition` until it holds; fails with `what` after a generous time. */
async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const story = (id: string, headline: string, paragraph: string, front: readonly string[] = []) =>
  ['---', `id: ${id}`, ...front, '---', headline, '', paragraph, ''].join('\n');

const files = async (folder: string) => (existsSync(folder) ? (await readdir(folder)).sort() : []);

/** Writes a story as a feed would: under a temporary name, then renamed into the inbox. */
async function deliver(project: string, name: string, text: string): Promise<void> {
  const temporary = join(project, 'inbox', `${name}.part`);
  await writeFile(temporary, text);
  await rename(temporary, join(project, 'inbox', name));
}

async function newProject(): Promise<string> {
  const project = await scratchProject();
  await mkdir(join(project, 'inbox'));
  return project;
}

const storiesDone = (watcher: SpawnedCli) => watcher.events.filter((event) => event['event'] === 'done' || event['event'] === 'corrected').map((event) => event['file']);

describe('wire-l10n watch (spawned)', () => {
  it('takes stories as they arrive once whole, survives a SIGKILL with every story done once, and stops on SIGTERM with exit 0', async () => {
    const project = await newProject();
    const inbox = join(project, 'inbox');
    const first = startWatch(project);
    await until('the first idle', () => first.events.some((event) => event['event'] === 'idle'));

    // Written slowly, in two pieces (the pause well under --settle): the first piece alone is a
    // story without a paragraph, which would fail if it were taken.
    const slow = join(inbox, 'slow.txt');
    await writeFile(slow, '---\nid: slow\n---\nHalf a headline\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await appendFile(slow, '\nThe harbour reopened on Monday after the storm.\n');
    await deliver(project, 'flash.txt', story('flash', 'Earthquake hits the coast', 'A strong earthquake hit the coast on Monday.', ['urgency: 1']));
    await until('both stories done', () => storiesDone(first).length === 2);
    expect(await files(join(inbox, 'failed'))).toEqual([]);
    // The source bundle holds the story as it was once whole.
    expect(await readFile(join(project, 'locales', 'en', 'slow.json'), 'utf8')).toMatch(/harbour reopened/);
    expect(existsSync(join(project, 'out', 'slow.fr.txt'))).toBe(true);

    // Five at once, then a kill while they are under way.
    for (let i = 1; i <= 5; i++) await deliver(project, `batch-${i}.txt`, story(`batch-${i}`, `Batch story ${i}`, `The council met for the ${i}th time on Tuesday.`));
    await until('a batch story picked', () => first.events.some((event) => event['event'] === 'picked' && String(event['file']).startsWith('batch-')));
    first.child.kill('SIGKILL');
    await first.exit;

    const second = startWatch(project);
    await until('every story done', async () => (await files(join(inbox, 'done'))).length === 7);
    await until('idle after the restart', () => second.events.some((event) => event['event'] === 'idle'));
    expect(await files(join(inbox, 'done'))).toEqual(['batch-1.txt', 'batch-2.txt', 'batch-3.txt', 'batch-4.txt', 'batch-5.txt', 'flash.txt', 'slow.txt']);
    expect(await files(join(inbox, '.processing'))).toEqual([]);
    for (const id of ['slow', 'flash', 'batch-1', 'batch-2', 'batch-3', 'batch-4', 'batch-5']) {
      for (const lang of ['fr', 'ar']) expect(existsSync(join(project, 'out', `${id}.${lang}.txt`)), `${id}.${lang}`).toBe(true);
    }
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as { articles: Array<{ id: string }> };
    expect(report.articles.map((article) => article.id).sort()).toEqual(['batch-1', 'batch-2', 'batch-3', 'batch-4', 'batch-5', 'flash', 'slow']);

    // A story arriving, then SIGTERM: what is held finishes or goes back, and the exit is clean.
    await deliver(project, 'late.txt', story('late', 'Late story', 'The minister resigned late on Friday.'));
    await until('the late story claimed or done', async () => !existsSync(join(inbox, 'late.txt')));
    second.child.kill('SIGTERM');
    const { code } = await second.exit;
    expect(code, second.stderr()).toBe(0);
    expect(second.events.at(-1)).toMatchObject({ event: 'stopped' });
    expect(await files(join(inbox, '.processing'))).toEqual([]);
    const lateDone = (await files(join(inbox, 'done'))).includes('late.txt');
    expect(lateDone || existsSync(join(inbox, 'late.txt'))).toBe(true);
    if (lateDone) expect(existsSync(join(project, 'out', 'late.fr.txt'))).toBe(true);
  }, 180_000);

  it('fails a malformed story with its error file, replaces outputs on a correction and removes them on a withdrawal', async () => {
    const project = await newProject();
    const inbox = join(project, 'inbox');
    const watcher = startWatch(project);
    await deliver(project, 'bad.txt', '---\nid: bad\nurgency: 9\n---\nHeadline\n\nText.\n');
    await deliver(project, 'v1.txt', story('minister', 'Minister resigns', 'The interior minister resigned on Monday.'));
    await until('v1 done and bad failed', async () => (await files(join(inbox, 'done'))).includes('v1.txt') && (await files(join(inbox, 'failed'))).length === 2);
    expect(await files(join(inbox, 'failed'))).toEqual(['bad.txt', 'bad.txt.error.txt']);
    expect(await readFile(join(inbox, 'failed', 'bad.txt.error.txt'), 'utf8')).toBe(
      `${join('inbox', 'failed', 'bad.txt')}:3: front matter \`urgency\` must be a whole number from 1 to 8, got 9\n`,
    );
    const source = () => readFile(join(project, 'locales', 'en', 'minister.json'), 'utf8');
    expect(await source()).toContain('interior');

    await deliver(project, 'v2.txt', story('minister', 'Minister resigns', 'The health minister resigned on Tuesday.', ['version: 2']));
    await until('the correction', () => watcher.events.some((event) => event['event'] === 'corrected'));
    expect(await source()).toContain('health');
    expect(await source()).not.toContain('interior');
    expect(existsSync(join(project, 'out', 'minister.fr.txt'))).toBe(true);

    await deliver(project, 'kill.txt', story('minister', 'Minister resigns', 'Withdrawn.', ['version: 3', 'status: withdrawn']));
    await until('the withdrawal', () => watcher.events.some((event) => event['event'] === 'withdrawn'));
    // report.json and the review index are written once the watcher has nothing left to run.
    await until('idle after the withdrawal', () => watcher.events.findLastIndex((event) => event['event'] === 'idle') > watcher.events.findIndex((event) => event['event'] === 'withdrawn'));
    for (const folder of ['out', 'locales']) {
      const left = await readdir(join(project, folder), { recursive: true });
      expect(left.filter((path) => String(path).includes('minister'))).toEqual([]);
    }
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as { articles: unknown[] };
    expect(report.articles).toEqual([]);
    expect(await files(join(inbox, 'done'))).toEqual(['kill.txt', 'v1.txt', 'v2.txt']);

    watcher.child.kill('SIGTERM');
    expect((await watcher.exit).code, watcher.stderr()).toBe(0);
  }, 120_000);

  it('writes report.json and the review index once it is idle, not after every job (each is a pass over the whole project)', async () => {
    const project = await newProject();
    const watcher = startWatch(project, ['--job-size', '1', '--report-interval', '1h']);
    await until('the first idle', () => watcher.events.some((event) => event['event'] === 'idle'));
    // Three stories arriving together: three jobs of one story, then idle.
    for (const n of [1, 2, 3]) await deliver(project, `s${n}.txt`, story(`port-${n}`, `Port ${n} reopens`, `The port of town ${n} reopened on Monday.`));
    await until('three stories done and idle again', () => storiesDone(watcher).length === 3 && watcher.events.at(-1)?.['event'] === 'idle');
    const reported = watcher.events.filter((event) => event['event'] === 'reported');
    expect(reported).toEqual([{ event: 'reported', out: 'out', current: true }]);
    // Written before the idle event, naming every story.
    expect(watcher.events.findIndex((event) => event['event'] === 'reported')).toBeLessThan(watcher.events.findLastIndex((event) => event['event'] === 'idle'));
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as { articles: Array<{ id: string }> };
    expect(report.articles.map((article) => article.id)).toEqual(['port-1', 'port-2', 'port-3']);
    expect(await readFile(join(project, 'out', 'review', 'index.html'), 'utf8')).toContain('port-3');

    watcher.child.kill('SIGTERM');
    expect((await watcher.exit).code, watcher.stderr()).toBe(0);
    // Nothing was due on stop: no other write.
    expect(watcher.events.filter((event) => event['event'] === 'reported')).toHaveLength(1);
  }, 120_000);

  it('holds an embargoed story from DeepL until the embargo lifts, then translates it', async () => {
    const server: FakeDeepL = await fake();
    const project = await newProject();
    const inbox = join(project, 'inbox');
    const watcher = startWatch(project, ['--engine', 'deepl', '--allow-partial'], { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: server.url });
    // Far enough ahead to be claimed and run before it lifts, on a loaded machine too.
    const lift = new Date(Date.now() + 12_000);
    await deliver(project, 'embargoed.txt', story('budget', 'Budget plans', 'The finance minister will present the budget on Friday.', [`embargo: ${lift.toISOString()}`]));
    await deliver(project, 'free.txt', story('storm', 'Storm closes harbour', 'A storm closed the harbour on Monday.'));
    await until('the embargoed event', () => watcher.events.some((event) => event['event'] === 'embargoed'));
    await until('the free story done', () => storiesDone(watcher).includes('free.txt'));
    const sentBefore = server.log.filter((request) => request.path === '/v2/translate').flatMap((request) => request.texts);
    expect(sentBefore.some((text) => text.includes('finance minister'))).toBe(false);
    expect(sentBefore.some((text) => text.includes('storm closed'))).toBe(true);
    const report = JSON.parse(await readFile(join(project, 'out', 'budget.report.json'), 'utf8')) as { embargoedUntil?: string };
    expect(report.embargoedUntil).toBe(lift.toISOString());
    expect(await files(join(inbox, '.processing'))).toHaveLength(1);

    await until('the embargoed story done', () => storiesDone(watcher).includes('embargoed.txt'), 90_000);
    const sent = server.log.filter((request) => request.path === '/v2/translate');
    const budgetRequests = sent.filter((request) => request.texts.some((text) => text.includes('finance minister')));
    expect(budgetRequests.length).toBeGreaterThan(0);
    expect(budgetRequests.every((request) => request.at >= lift.getTime())).toBe(true);
    const after = JSON.parse(await readFile(join(project, 'out', 'budget.report.json'), 'utf8')) as { embargoedUntil?: string };
    expect(after.embargoedUntil).toBeUndefined();

    watcher.child.kill('SIGTERM');
    expect((await watcher.exit).code, watcher.stderr()).toBe(0);
  }, 150_000);
});
