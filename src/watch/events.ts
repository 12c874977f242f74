import { describeFolderWrite, type FolderWriteEvent } from '../job/folder-schedule.js';

/**
 * What the watch loop tells its display: one event per thing that happened to a story, when it has
 * nothing to do, and each write of a folder's report.json and review index.
 */
export type WatchEvent =
  | { readonly event: 'watching'; readonly inbox: string; readonly resumed: number }
  | { readonly event: 'picked'; readonly file: string; readonly id: string; readonly urgency?: number }
  | { readonly event: 'done'; readonly file: string; readonly id: string; readonly movedTo: string }
  | { readonly event: 'queued'; readonly file: string; readonly id: string; readonly movedTo: string }
  | { readonly event: 'corrected'; readonly file: string; readonly id: string; readonly version: number; readonly replaces: string; readonly movedTo: string }
  | { readonly event: 'withdrawn'; readonly file: string; readonly id: string; readonly removed: number; readonly movedTo: string }
  | { readonly event: 'embargoed'; readonly file: string; readonly id: string; readonly until: string }
  | { readonly event: 'retry'; readonly file: string; readonly id: string; readonly at: string; readonly reason: string }
  | { readonly event: 'failed'; readonly file: string; readonly error: string; readonly movedTo: string }
  | { readonly event: 'idle' }
  | ({ readonly event: 'reported' } & FolderWriteEvent)
  | { readonly event: 'stopped'; readonly released: number };

/** The event as a line for people. */
export function describeWatchEvent(event: WatchEvent): string {
  switch (event.event) {
    case 'watching':
      return `watching ${event.inbox}${event.resumed > 0 ? ` (taking again ${event.resumed} stories claimed before a restart)` : ''}`;
    case 'picked':
      return `picked ${event.file} (${event.id}${event.urgency === undefined ? '' : `, urgency ${event.urgency}`})`;
    case 'done':
      return `done ${event.file} (${event.id}) → ${event.movedTo}`;
    case 'queued':
      return `queued ${event.file} (${event.id}) for the workers → ${event.movedTo}`;
    case 'corrected':
      return `corrected ${event.id}: version ${event.version} from ${event.file} replaces the outputs of ${event.replaces} → ${event.movedTo}`;
    case 'withdrawn':
      return `withdrawn ${event.id}: ${event.removed} output files removed (${event.file} → ${event.movedTo})`;
    case 'embargoed':
      return `embargoed ${event.file} (${event.id}) until ${event.until}: held from the engine, taken again then`;
    case 'retry':
      return `retry ${event.file} (${event.id}) at ${event.at}: ${event.reason}`;
    case 'failed':
      return `failed ${event.file} → ${event.movedTo}: ${event.error}`;
    case 'idle':
      return 'idle: waiting for stories';
    case 'reported':
      return describeFolderWrite(event);
    case 'stopped':
      return `stopped${event.released > 0 ? `: ${event.released} stories not started put back in the inbox` : ''}`;
  }
}
