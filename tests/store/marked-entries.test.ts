import { describe, expect, it } from 'vitest';
import { tmExportCommand } from '../../src/cli/commands/tm.js';
import { parseTmx } from '../../src/tmx/index.js';
import { isMarkedEntry } from '../../src/store/marked-entries.js';
import type { TmEntry } from '../../src/store/store.js';
import { captureIO } from '../helpers/capture-io.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { tempStorePath } from './temp-store.js';

const plain: TmEntry = { sourceLang: 'en', targetLang: 'fr', source: 'Tom & Jerry <said> "hi".', target: 'Tom & Jerry <ont dit> « salut ».', origin: 'tmx' };
// Tag-like text in a plain entry (a bare & makes it no tagged string).
const lookalike: TmEntry = { sourceLang: 'en', targetLang: 'fr', source: 'Use <c1>x</c1> & y.', target: 'Utilisez <c1>x</c1> & y.', origin: 'tmx' };
const marked: TmEntry = { sourceLang: 'en', targetLang: 'fr', source: 'The <c1>army</c1> left.<c2/>', target: 'L’<c1>armée</c1> est partie.<c2/>', origin: 'human' };
const lostCodes: TmEntry = { ...marked, source: 'The <c1>army</c1> returned.', target: 'L’armée est revenue.' };

describe('TM entries of marked-up sentences', () => {
  it('are told apart by their tagged source, whatever the target kept', () => {
    expect([plain, lookalike, marked, lostCodes].map(isMarkedEntry)).toEqual([false, false, true, true]);
  });

  it('are left out of a TMX export, counted on stderr; the other entries are written as before', async () => {
    const path = tempStorePath();
    const store = await openSqliteStore(path);
    await store.tm.add([plain, lookalike, marked, lostCodes]);
    await store.close();
    const { io, out, err } = captureIO();
    await tmExportCommand({ sourceLang: 'en', storePath: path, version: '0.0.0' }, io);
    expect(parseTmx(out.join(''), 'export.tmx').entries.map((entry) => entry.source).sort()).toEqual([plain.source, lookalike.source].sort());
    expect(err.join('')).toContain('tm export: 2 entries of marked-up sentences left out');
  });
});
