import { describe, expect, it } from 'vitest';
import { withNoticeComment } from '../../src/formats/notice.js';
import { itemNotice } from '../../src/render/item.js';
import type { StoryHeader } from '../../src/render/story-header.js';

const header = (patch: Partial<StoryHeader> = {}): StoryHeader => ({
  id: 'talks-2026-11-30.fr',
  language: 'fr',
  source: { id: 'talks-2026-11-30', language: 'en', version: 1 },
  origins: { human: 3, tm: 0, mt: 0, pseudo: 0, none: 0 },
  unreviewedMachineTranslation: false,
  pseudoTranslation: false,
  ...patch,
});

describe('itemNotice', () => {
  it('says nothing of a complete translation humans made', () => {
    expect(itemNotice(header(), 0)).toBeUndefined();
  });

  it('names pseudo-translation, unreviewed machine translation and gaps, each when true', () => {
    expect(itemNotice(header({ pseudoTranslation: true }), 0)).toMatch(/^talks-2026-11-30\.fr: PSEUDO-TRANSLATION .*not a translation$/);
    expect(itemNotice(header({ unreviewedMachineTranslation: true }), 2)).toBe(
      'talks-2026-11-30.fr: machine translation that no human has reviewed; partial: 2 segments are not translated and marked as such',
    );
    expect(itemNotice(header(), 1)).toMatch(/partial: 1 segment is not translated/);
  });
});

describe('withNoticeComment', () => {
  it('puts the comment after the XML declaration and the doctype, before the root', () => {
    expect(withNoticeComment('<?xml version="1.0"?>\n<nitf/>\n', 'a note')).toBe('<?xml version="1.0"?>\n<!-- wire-l10n: a note -->\n<nitf/>\n');
    expect(withNoticeComment('<!DOCTYPE html>\n<html lang="fr"></html>', 'n')).toBe('<!DOCTYPE html>\n<!-- wire-l10n: n -->\n<html lang="fr"></html>');
    expect(withNoticeComment('\uFEFF<?xml version="1.0"?><!-- kept --><!DOCTYPE nitf><nitf/>', 'n')).toBe('\uFEFF<?xml version="1.0"?><!-- kept --><!DOCTYPE nitf>\n<!-- wire-l10n: n --><nitf/>');
    // The whole prolog, as sniffing sees it: processing instructions and comments after the doctype too.
    expect(withNoticeComment('<?xml version="1.0"?>\n<?xml-stylesheet href="a.css"?>\n<!DOCTYPE html>\n<!-- saved -->\n<html/>', 'n')).toBe(
      '<?xml version="1.0"?>\n<?xml-stylesheet href="a.css"?>\n<!DOCTYPE html>\n<!-- saved -->\n<!-- wire-l10n: n -->\n<html/>',
    );
  });

  it('starts a file without a prolog with it, leaves a file alone without a notice, and keeps the comment well formed', () => {
    expect(withNoticeComment('<p>x</p>', 'n')).toBe('<!-- wire-l10n: n -->\n<p>x</p>');
    expect(withNoticeComment('<p>x</p>', undefined)).toBe('<p>x</p>');
    expect(withNoticeComment('<p/>', 'a -- b ---')).toBe('<!-- wire-l10n: a - - b - - -  -->\n<p/>');
  });
});
