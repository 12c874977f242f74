/** Declares the commands and options; each action normalizes its options and calls a command. */
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import { engineNames } from '../mt/registry.js';
import { importedStates, type ImportedState } from '../import/decide.js';
import { xliffVersions } from '../xliff/index.js';
import { houseStyleLanguages, type HouseStyleLanguage } from '../qa/house-style/index.js';
import type { CliIO } from './io.js';
import type { CommandEngines } from './engines.js';
import { exitCodes } from './exit-codes.js';
import { defaultRedisPrefix } from './shared-limits.js';
import { failOnSeverities } from './fail-on.js';
import { outputKinds } from '../job/outputs.js';
import { DEFAULT_WINDOW_SIZE } from '../job/windows.js';
import { sourceFormats } from '../model.js';
import { DEFAULT_QUEUE_NAME, DEFAULT_QUEUE_PREFIX, queueLocation } from '../queue/location.js';
import { duration, positiveDuration, positiveNumber, failOnSeverity, languageList, normalizeRunCommand, outputKindList, positiveInteger, runDefaults, splitList, type RawRunOptions } from './options.js';

/** `--fail-on`, the same on run, import and qa. */
const failOnOption = (): Option =>
  new Option('--fail-on <severity>', `exit ${exitCodes.E_FINDINGS} when findings at or above this severity remain (after writing everything as usual)`).choices(
    failOnSeverities,
  );

/** Where the queue is, as commander hands it over. */
interface RawQueueOptions {
  readonly redis: string;
  readonly queueName: string;
  readonly queuePrefix: string;
}

interface RawReportOptions {
  readonly to?: string[];
  readonly out: string;
  readonly glossary?: string;
  readonly engine?: string;
  /** False with `--no-review`. */
  readonly review?: boolean;
  readonly store?: string;
  readonly config?: string;
  readonly quiet?: boolean;
}

interface RawWorkerOptions {
  readonly concurrency: string;
  readonly maxRate?: string;
  readonly maxChars?: string;
  readonly redisPrefix?: string;
  readonly linger: string;
  readonly lockDuration: string;
  readonly stalledInterval: string;
  readonly reportInterval: string;
  readonly store?: string;
  readonly deeplServerUrl?: string;
  readonly config?: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
}

function missingRedis(): never {
  throw new UsageError('--queue needs --redis (or WIRE_L10N_REDIS): the Redis server of the queue', { hint: 'add --redis redis://host:6379' });
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** `--redis` and `--redis-prefix`, on the commands that send to the engine account (run, watch). */
const sharedLimitsFlags = (command: Command): Command =>
  command
    .option(
      '--redis <url>',
      "share the engine account's limits with every process using this Redis: --max-rate, --max-chars and wire-l10n.json's deepl.maxConcurrentRequests hold for all of them together, a 429 pauses them all, a quota or refused key stops them all (default: WIRE_L10N_REDIS)",
    )
    .option('--redis-prefix <prefix>', 'the keys of one engine account in that Redis', defaultRedisPrefix);

export function buildProgram(io: CliIO, version: string): Command {
  const program = new Command('wire-l10n')
    .description('Localize news-agency wire copy: segments, glossary, machine translation, XLIFF and i18next bundles.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError('(run with --help for usage)');

  // The flags of the main job, shared by run, check and import (which regenerates outputs as run would).
  const jobFlags = (command: Command): Command =>
    command
      .option('--to <langs>', 'target languages, comma-separated (repeatable): fr,ar', collect)
      .option('--out <dir>', 'folder for XLIFF, localized stories and report.json', runDefaults.out)
      .option('--locales <dir>', 'folder for i18next bundles: <dir>/<lang>/<article-id>.json', runDefaults.locales)
      .option('--glossary <path>', 'termbase: a folder of CSV files or one CSV file', runDefaults.glossary)
      .option('--store <file|url>', 'the store: translation memory, MT cache, job ledger; a file or a postgres:// URL (default: .wire-l10n/store.sqlite)')
      .addOption(new Option('--engine <name>', 'translation engine (default: deepl when DEEPL_AUTH_KEY is set, else none)').choices(engineNames))
      .option('--deepl-server-url <url>', 'a DeepL-compatible server instead of DeepL (default: DEEPL_SERVER_URL)')
      .option('--config <file>', 'the project configuration (default: wire-l10n.json when present)')
      .option('--xliff <versions>', `XLIFF versions to write, comma-separated: ${xliffVersions.join(',')}`, collect)
      .addOption(new Option('--format <format>', 'how stories are read: auto (by content: ninjs JSON, NITF XML, HTML, else plain text) or one format for all; the localized story is written in the format it came in').choices(['auto', ...sourceFormats]).default('auto'))
      .option('--allow-partial', 'write localized stories with untranslated segments, marking each gap')
      .option('--bundle-format <format>', `i18next bundles in ${runDefaults.locales}/: plain (final strings) or icu (ICU messages with their values alongside)`, runDefaults.bundleFormat)
      .option('--no-review', 'write no review pages (<out>/review/: each story side by side in every language, with its findings, for a browser)')
      .option('--concurrency <n>', 'most engine requests in flight (adapts down on 429 and back up)', runDefaults.concurrency)
      .option('--window <n>', `stories read, translated and written together; each story's outputs are written as soon as it is done (default: ${DEFAULT_WINDOW_SIZE})`)
      .option('--max-rate <n>', 'most engine requests started per second')
      .option('--max-wait <duration>', 'stop (exit 6, resumable) once the engine has refused every request (429) for this long: 90 (seconds), 30s, 10m (default: 10m)')
      .option('--max-chars <n>', 'stop before the characters sent to the engine would exceed n (exit 10, resumable; with --redis, by every process on the account together)')
      .option('--fuzzy-threshold <percent>', 'lowest translation-memory similarity offered as a suggestion', runDefaults.fuzzyThreshold)
      .option('--quiet', 'print nothing on success');
  const jobOptions = (command: Command): Command =>
    jobFlags(command.argument('<stories...>', 'wire stories (plain text, ninjs, NITF, HTML): files, folders of them, or quoted patterns such as "inbox/*.txt"'));
  const normalize = (stories: string[], raw: RawRunOptions, engineKey: 'required' | 'not-needed' = 'required', engines?: CommandEngines) =>
    normalizeRunCommand(stories, { ...raw, xliff: raw.xliff ?? runDefaults.xliff }, io.env, { targetLangs: 'required', engineKey }, engines);

  /** The queue's name and key prefix (enqueue, worker, queue status, watch --queue). */
  const queueNameFlags = (command: Command): Command =>
    command
      .option('--queue-name <name>', 'the job queue', DEFAULT_QUEUE_NAME)
      .option('--queue-prefix <prefix>', "the prefix of the job queue's Redis keys", DEFAULT_QUEUE_PREFIX);
  /** Where the queue is: enqueue, worker and queue status. */
  const queueFlags = (command: Command): Command =>
    queueNameFlags(command.requiredOption('--redis <url>', 'the Redis server of the job queue: redis://[user:password@]host:port[/db] (rediss:// for TLS)'));

  sharedLimitsFlags(
    jobOptions(
      program
        .command('run')
        .description('run the main job on wire stories: XLIFF for review, i18next bundles in locales/, localized stories and report.json'),
    ),
  )
    .option('--json', 'print progress events and then the report as JSON lines (NDJSON) instead of the summary')
    .option('--dry-run', 'print the characters each language would send to the engine; send and write nothing')
    .addOption(failOnOption())
    .action(async (given: string[], raw: RawRunOptions) => {
      const [{ runCommand }, { expandStoryInputs }] = await Promise.all([import('./commands/run.js'), import('../io/story-inputs.js')]);
      const { options, engines, sharedLimits } = normalize(await expandStoryInputs(given), raw);
      await runCommand(options, io, engines, sharedLimits);
    });

  jobOptions(
    program
      .command('check')
      .description('exit 0 when the outputs `run` would write (same arguments) are on disk and current; else list them and exit 8. Writes nothing, calls no network'),
  )
    .option('--only <kinds>', `compare only these outputs, comma-separated: ${outputKinds.join(',')}`, collect)
    .action(async (given: string[], raw: RawRunOptions & { only?: string[] }) => {
      const [{ checkCommand }, { expandStoryInputs }] = await Promise.all([import('./commands/check.js'), import('../io/story-inputs.js')]);
      const stories = await expandStoryInputs(given);
      // check never sends, so `--engine deepl` needs no key: it reads the MT cache as run does.
      const only = outputKindList(splitList(raw.only ?? [...outputKinds]));
      const { options, engines } = normalize(stories, raw, 'not-needed');
      await checkCommand({ ...options, only }, io, engines, (engine) => ({
        ...normalize(stories, { ...raw, engine }, 'not-needed', engines).options,
        only,
      }));
    });

  jobFlags(
    program
      .command('import')
      .description('take reviewed XLIFF (1.2 or 2.x) back from CAT tools: translated, reviewed and final units become human work in the store and the translation memory, then the stories\' outputs are regenerated')
      .argument('<files...>', 'XLIFF files as a CAT tool returned them'),
  )
    .addOption(
      new Option('--edited-as <state>', 'for CAT tools that never update states (OmegaT 3.6): take every target changed since export as this state').choices(importedStates),
    )
    .option('--json', 'print what happened to every unit as one JSON line')
    .addOption(failOnOption())
    .action(async (files: string[], raw: RawRunOptions & { editedAs?: ImportedState }, command: Command) => {
      const { importCommand } = await import('./commands/import.js');
      // What the user typed wins over what `run` recorded for a story; defaults do not.
      const explicit = new Set(Object.keys(raw).filter((key) => command.getOptionValueSource(key) === 'cli'));
      const { editedAs, ...jobRaw } = raw;
      await importCommand(
        { files, raw: { ...jobRaw, xliff: jobRaw.xliff ?? runDefaults.xliff }, explicit, env: io.env, ...(editedAs ? { editedAs } : {}) },
        io,
      );
    });

  queueNameFlags(
    sharedLimitsFlags(
      jobFlags(
        program
          .command('watch')
          .description(
            'run the job on every story that arrives in a folder, most urgent first, until Ctrl-C or SIGTERM (which finish the job under way and exit 0): each story moves to <inbox>/done/ or <inbox>/failed/ (with <name>.error.txt); a correction replaces its outputs, a kill or withdrawal removes them, an embargoed story waits for its embargo to lift',
          )
          .argument('<inbox>', 'the folder stories arrive in'),
      ),
    ),
  )
    .option('--json', 'print what happens to each story as JSON lines (NDJSON): picked, done (queued with --queue), corrected, withdrawn, embargoed, retry, failed, idle, reported')
    .option('--settle <duration>', 'how long a file must keep its size and time before it is taken: 2s, 500ms', '2s')
    .option('--poll <duration>', 'how often the folder is looked at (a change in it wakes the watcher sooner)', '1s')
    .option('--job-size <n>', 'most stories run in one job (their engine requests are packed together)', '8')
    .option('--retry-after <duration>', 'how long a story the engine did not finish (a stop, failed units) waits before it is run again', '60s')
    .option('--report-interval <duration>', 'least time between two writes of report.json and the review index while stories keep coming (they are written from the store once the watcher is idle, and on stop; 0: after every job)', '30s')
    .option('--queue', 'enqueue each story for `wire-l10n worker` (on the queue at --redis, else WIRE_L10N_REDIS) instead of running jobs here; it moves to done/ once queued')
    .action(async (inbox: string, raw: RawRunOptions & Partial<RawQueueOptions> & { settle: string; poll: string; jobSize: string; retryAfter: string; reportInterval: string; queue?: boolean }) => {
      const { watchCommand } = await import('./commands/watch.js');
      // Feeding a queue, the watcher sends nothing: the key is the workers'.
      const job = normalize([inbox], raw, raw.queue ? 'not-needed' : 'required');
      await watchCommand(
        {
          inbox,
          // The job's options as `run` takes them; the stories come as they arrive.
          run: { ...job.options, inputs: [] },
          engines: job.engines,
          // Feeding a queue, the watcher sends nothing: the limits are the workers'.
          ...(job.sharedLimits === undefined || raw.queue ? {} : { sharedLimits: job.sharedLimits }),
          settleMs: duration('--settle', raw.settle),
          pollMs: duration('--poll', raw.poll),
          jobSize: positiveInteger('--job-size', raw.jobSize),
          retryMs: duration('--retry-after', raw.retryAfter),
          reportIntervalMs: duration('--report-interval', raw.reportInterval),
          ...(raw.queue ? { queue: queueLocation({ ...raw, redis: job.sharedLimits?.url ?? missingRedis() }) } : {}),
        },
        io,
      );
    });

  queueFlags(
    jobOptions(
      program
        .command('enqueue')
        .description("add a job per story to the queue for `wire-l10n worker` to run with these options (one job per story id and version: a story enqueued twice is one job; a newer version is a new one)"),
    ),
  )
    .option('--json', 'print a JSON line per story: {"event":"enqueued","story","id","version","job","enqueued":"added|queued|done|restarted"}')
    .action(async (given: string[], raw: RawRunOptions & RawQueueOptions) => {
      const [{ enqueueCommand }, { expandStoryInputs }] = await Promise.all([import('./commands/enqueue.js'), import('../io/story-inputs.js')]);
      // The key is the workers': the enqueuing host needs none to name DeepL.
      const { options } = normalize(await expandStoryInputs(given), raw, 'not-needed');
      await enqueueCommand({ run: options, queue: queueLocation(raw) }, io);
    });

  queueFlags(
    program
      .command('worker')
      .description('run queued story jobs (up to --concurrency at once, as one job: engine batches stay full) until Ctrl-C or SIGTERM, which finish the batch under way and exit 0'),
  )
    .option('--concurrency <n>', 'jobs taken at once and run together (a backlog packs engine requests better in larger batches)', '32')
    .option('--linger <duration>', 'how long a batch waits for more jobs after its first', '50ms')
    .option('--lock-duration <duration>', "how long a job stays locked without its worker renewing it: a killed worker's jobs go back to the queue after this", '30s')
    .option('--stalled-interval <duration>', 'how often the worker looks for jobs whose worker died', '30s')
    .option('--report-interval <duration>', 'least time between two writes of report.json and the review index while the queue is busy (they are written from the store once it is idle, and on stop; 0: after every batch)', '30s')
    .option('--store <file|url>', 'the store: translation memory, MT cache, job ledger; a file, or a postgres:// URL for one store shared by workers on several hosts (default: .wire-l10n/store.sqlite)')
    .option('--deepl-server-url <url>', 'a DeepL-compatible server instead of DeepL (default: DEEPL_SERVER_URL)')
    .option('--config <file>', "the project configuration, for the engines' settings and deepl.maxConcurrentRequests (default: wire-l10n.json when present)")
    .option('--max-rate <n>', 'most engine requests started per second by every worker and process on the account together (the limits shared through --redis)')
    .option('--max-chars <n>', 'stop (for a retry) before the characters every worker and process on the account sent together would exceed n')
    .option('--redis-prefix <prefix>', "the keys of the engine account's shared limits in that Redis", defaultRedisPrefix)
    .option('--json', 'print what happens to each job as JSON lines: working, done, embargoed, failed, redis-error, reported, stopped')
    .option('--quiet', 'print only failures')
    .action(async (raw: RawQueueOptions & RawWorkerOptions) => {
      const [{ workerCommand }, { commandEngines }, { readProjectConfig }, { sharedLimitsSettings }] = await Promise.all([
        import('./commands/worker.js'),
        import('./engines.js'),
        import('./config.js'),
        import('./shared-limits.js'),
      ]);
      const config = readProjectConfig(raw.config);
      const maxConcurrentRequests = config.deepl?.maxConcurrentRequests;
      await workerCommand(
        {
          queue: {
            ...queueLocation(raw),
            concurrency: positiveInteger('--concurrency', raw.concurrency),
            lingerMs: duration('--linger', raw.linger),
            lockDurationMs: positiveDuration('--lock-duration', raw.lockDuration),
            stalledIntervalMs: positiveDuration('--stalled-interval', raw.stalledInterval),
          },
          engines: commandEngines(io.env, raw.deeplServerUrl, config),
          // Every worker shares the engine account's limits through the queue's Redis (as run --redis does):
          // --redis is required here, so there are settings.
          sharedLimits: sharedLimitsSettings(raw, io.env, {
            ...(raw.maxRate === undefined ? {} : { maxRequestsPerSecond: positiveNumber('--max-rate', raw.maxRate) }),
            ...(raw.maxChars === undefined ? {} : { maxCharacters: positiveInteger('--max-chars', raw.maxChars) }),
            ...(maxConcurrentRequests === undefined ? {} : { maxConcurrentRequests }),
          })!,
          ...(raw.store === undefined ? {} : { storePath: raw.store }),
          reportIntervalMs: duration('--report-interval', raw.reportInterval),
          json: raw.json === true,
          quiet: raw.quiet === true,
        },
        io,
      );
    });

  program
    .command('report')
    .description("write report.json and the review index (<out>/review/index.html) from the store's output records alone, as `run` writes them: after workers on several hosts, or in CI; reads no story, calls no engine, changes nothing in the store")
    .option('--to <langs>', 'target languages named under lastRun, comma-separated (repeatable) (default: as the folder\'s stories were last run)', collect)
    .option('--out <dir>', 'the folder of the stories whose report it is', runDefaults.out)
    .option('--glossary <path>', 'termbase: a folder of CSV files or one CSV file (its summary and the glossary totals) (default: as the folder\'s stories were last run, else glossary)')
    .addOption(new Option('--engine <name>', 'the engine named under lastRun (default: as the folder\'s stories were last run, else deepl when DEEPL_AUTH_KEY is set, else none)').choices(engineNames))
    .option('--no-review', 'no review index unless a story in the folder has a review page (default: as the folder\'s stories were last run)')
    .option('--store <file|url>', 'the store, a file or a postgres:// URL (default: .wire-l10n/store.sqlite)')
    .option('--config <file>', 'the project configuration (default: wire-l10n.json when present)')
    .option('--quiet', 'print nothing on success')
    .action(async (raw: RawReportOptions, command: Command) => {
      const [{ reportCommand }, { commandEngines }, { readProjectConfig }] = await Promise.all([
        import('./commands/report.js'),
        import('./engines.js'),
        import('./config.js'),
      ]);
      const targetLangs = raw.to === undefined ? undefined : languageList(splitList(raw.to));
      if (targetLangs?.length === 0) throw new UsageError('no target language given', { hint: 'add --to fr,ar, or leave it out to name the languages the folder was last run with' });
      const engines = commandEngines(io.env, undefined, readProjectConfig(raw.config));
      const given = {
        ...(targetLangs === undefined ? {} : { targetLangs }),
        ...(raw.engine === undefined ? {} : { engine: raw.engine }),
        ...(raw.glossary === undefined ? {} : { glossaryPath: raw.glossary }),
        ...(command.getOptionValueSource('review') === 'cli' ? { review: raw.review !== false } : {}),
      };
      const options = {
        outDir: raw.out,
        localesDir: runDefaults.locales,
        given,
        defaultGlossaryPath: runDefaults.glossary,
        ...(raw.store === undefined ? {} : { storePath: raw.store }),
        quiet: raw.quiet === true,
      };
      await reportCommand(options, io, engines);
    });

  const queue = program.command('queue').description('the job queue workers run');
  queueFlags(queue.command('status').description('the jobs waiting, active, delayed, completed and failed, and the failed ones with their errors'))
    .option('--failed <n>', 'failed jobs listed, the latest first', '20')
    .option('--redis-prefix <prefix>', "the engine account's shared limits in that Redis, shown after the queue", defaultRedisPrefix)
    .option('--json', 'print it as one JSON object: {queue, counts: {waiting, active, completed, failed, delayed}, failed: [{job, story, attempts, error, failedAt}], account: {prefix, budgetSpent, requestsInFlight, pausedForMs?, stop?}}')
    .action(async (raw: RawQueueOptions & { failed: string; json?: boolean; redisPrefix: string }) => {
      const { queueStatusCommand } = await import('./commands/queue-status.js');
      const failedListed = positiveInteger('--failed', raw.failed);
      await queueStatusCommand({ queue: queueLocation(raw), failedListed, accountPrefix: raw.redisPrefix, json: raw.json === true }, io);
    });

  program
    .command('usage')
    .description('the DeepL account\'s character usage this billing period (needs DEEPL_AUTH_KEY)')
    .option('--deepl-server-url <url>', 'a DeepL-compatible server instead of DeepL (default: DEEPL_SERVER_URL)')
    .option('--json', 'print it as JSON')
    .option('--store <file|url>', 'the store whose request log to sum, a file or a postgres:// URL (default: .wire-l10n/store.sqlite)')
    .action(async (raw: { deeplServerUrl?: string; json?: boolean; store?: string }) => {
      const { usageCommand } = await import('./commands/usage.js');
      await usageCommand(
        {
          json: raw.json === true,
          ...(raw.deeplServerUrl === undefined ? {} : { deeplServerUrl: raw.deeplServerUrl }),
          ...(raw.store === undefined ? {} : { storePath: raw.store }),
        },
        io,
      );
    });

  const glossaryCommand = program.command('glossary').description('the termbase as a DeepL glossary');
  glossaryCommand
    .command('sync')
    .description('create or reuse the DeepL glossary of the termbase (needs DEEPL_AUTH_KEY); requests then use it')
    .option('--glossary <path>', 'termbase: a folder of CSV files or one CSV file', runDefaults.glossary)
    .option('--to <langs>', "target languages, comma-separated (repeatable; default: the termbase's)", collect)
    .option('--prune', 'delete the glossaries wire-l10n created that the termbase no longer uses')
    .option('--deepl-server-url <url>', 'a DeepL-compatible server instead of DeepL (default: DEEPL_SERVER_URL)')
    .action(async (raw: { glossary: string; to?: string[]; prune?: boolean; deeplServerUrl?: string }) => {
      const { glossarySyncCommand } = await import('./commands/glossary.js');
      await glossarySyncCommand(
        {
          glossaryPath: raw.glossary,
          targetLangs: splitList(raw.to ?? []),
          prune: raw.prune === true,
          ...(raw.deeplServerUrl === undefined ? {} : { deeplServerUrl: raw.deeplServerUrl }),
        },
        io,
      );
    });

  const tm = program.command('tm').description('the translation memory: import and export TMX 1.4b');
  tm.command('import')
    .description('add the translation units of TMX files to the translation memory (all files or nothing)')
    .argument('<files...>', 'TMX 1.4b files')
    .option('--store <file|url>', 'the store, a file or a postgres:// URL (default: .wire-l10n/store.sqlite)')
    .action(async (files: string[], raw: { store?: string }) => {
      const { tmImportCommand } = await import('./commands/tm.js');
      await tmImportCommand({ files, ...(raw.store === undefined ? {} : { storePath: raw.store }) }, io);
    });
  tm.command('export')
    .description('write the translation memory as TMX 1.4b')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .option('--source <lang>', 'source language', 'en')
    .option('--target <lang>', 'only this target language')
    .option('--store <file|url>', 'the store, a file or a postgres:// URL (default: .wire-l10n/store.sqlite)')
    .action(async (raw: { out?: string; source: string; target?: string; store?: string }) => {
      const { tmExportCommand } = await import('./commands/tm.js');
      await tmExportCommand(
        {
          sourceLang: raw.source,
          version,
          ...(raw.out === undefined ? {} : { out: raw.out }),
          ...(raw.target === undefined ? {} : { targetLang: raw.target }),
          ...(raw.store === undefined ? {} : { storePath: raw.store }),
        },
        io,
      );
    });

  program
    .command('segment')
    .description('split text from stdin into segments: one per line, or JSON lines with --jsonl')
    .option('--lang <tag>', 'language of the text: en, fr or ar', 'en')
    .option('--jsonl', 'read one JSON string per line; answer each with one JSON array of segments')
    .action(async (raw: { lang: string; jsonl?: boolean }) => {
      const { segmentCommand } = await import('./commands/segment.js');
      await segmentCommand({ lang: raw.lang, jsonl: raw.jsonl === true }, io);
    });

  program
    .command('qa')
    .description(
      'check targets against the house style and the job\'s other checks: XLIFF files or localized stories given as arguments (a report), or JSON lines on stdin with --jsonl (an answer per line, with the fixed text)',
    )
    .argument('[files...]', 'XLIFF files (.xlf, .xliff; 1.2 or 2.x) or localized stories as run writes them (out/<id>.<lang>.txt); none with --jsonl')
    .addOption(
      new Option('--lang <tag>', 'language of the targets: required with --jsonl; with files optional (each file says its own: the XLIFF target language, the story header) and, when given, every file must be in it').choices(
        houseStyleLanguages,
      ),
    )
    .option('--jsonl', 'read {"target": "…", "source": "…"} per line; answer each with {"findings": […], "fixed": "…"}')
    .option('--json', 'files: print the findings per file and unit as one JSON object')
    .addOption(failOnOption())
    .option('--config <file>', 'the project configuration, for houseStyle (default: wire-l10n.json when present)')
    .option('--glossary <path>', 'termbase (a folder of CSV files or one CSV file): check the glossary terms of each source in its target')
    .action(
      async (
        files: string[],
        raw: { lang?: HouseStyleLanguage; jsonl?: boolean; json?: boolean; failOn?: string; config?: string; glossary?: string },
      ) => {
        const { qaCommand } = await import('./commands/qa.js');
        await qaCommand(
          {
            files,
            jsonl: raw.jsonl === true,
            json: raw.json === true,
            ...(raw.lang === undefined ? {} : { lang: raw.lang }),
            ...(raw.failOn === undefined ? {} : { failOn: failOnSeverity(raw.failOn) }),
            ...(raw.config === undefined ? {} : { configPath: raw.config }),
            ...(raw.glossary === undefined ? {} : { glossaryPath: raw.glossary }),
          },
          io,
        );
      },
    );

  return program;
}
