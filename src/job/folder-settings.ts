/**
 * How the stories of an output folder were last run, as their output records say (`RunSettings`):
 * what report.json names under `lastRun` (languages, engine, termbase) and whether the review index
 * is written — for `wire-l10n report`, so that it needs no more than the folder.
 */
import { resolve } from 'node:path';
import type { RunSettings } from '../store/store.js';
import type { RecordListing } from './folder-outputs.js';

/** The recorded settings the folder's outputs depend on. */
export type FolderSettings = Pick<RunSettings, 'targetLangs' | 'engine' | 'glossaryPath'> & { readonly review: boolean };

/** When a file was last written (ms since the epoch); undefined when it is not there. */
export type WrittenAt = (path: string) => Promise<number | undefined>;

interface SettingsGroup {
  readonly settings: FolderSettings;
  records: number;
  /** The newest write of any file of its records; -Infinity before files are looked at, or when none is there. */
  newest: number;
}

/**
 * The settings of the folder's most recent run: those of the records whose `outDir` is `outDir`
 * (records made before stores kept settings, and those of stories another input took over, do not
 * count). When the records differ (runs with other languages or engines wrote the folder, and not
 * every story was run again), the records whose files were written last win — a store keeps no
 * clock, the files do; when their files are gone too, the settings most stories were run with.
 * Undefined when no record says.
 */
export async function recordedFolderSettings(outDir: string, records: RecordListing, writtenAt: WrittenAt): Promise<FolderSettings | undefined> {
  const folder = resolve(outDir);
  const inFolder = async function* () {
    for await (const { record, ownsStory } of records()) {
      if (ownsStory && record.settings !== undefined && resolve(record.settings.outDir) === folder) yield { settings: folderSettings(record.settings), files: record.files };
    }
  };
  const groups = new Map<string, SettingsGroup>();
  for await (const { settings } of inFolder()) {
    const key = JSON.stringify(settings);
    const group = groups.get(key) ?? { settings, records: 0, newest: -Infinity };
    group.records += 1;
    groups.set(key, group);
  }
  // Files are looked at only when the records disagree: one group is the common case.
  if (groups.size > 1) {
    for await (const { settings, files } of inFolder()) {
      const group = groups.get(JSON.stringify(settings))!;
      for (const file of files) group.newest = Math.max(group.newest, (await writtenAt(file.path)) ?? -Infinity);
    }
  }
  const [latest] = [...groups.values()].sort((a, b) => b.newest - a.newest || b.records - a.records);
  return latest?.settings;
}

/** The settings that matter here, in one key order (groups are told apart by their JSON). */
function folderSettings(settings: RunSettings): FolderSettings {
  return { targetLangs: settings.targetLangs, engine: settings.engine, glossaryPath: settings.glossaryPath, review: settings.review !== false };
}
