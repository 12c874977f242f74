/**
 * Finds what some tests need outside the repository: the steering folder `../shared/`
 * (tools/xliff-check.sh) and programs on PATH (xmllint, pocount, java) or OmegaT's jar; and the
 * OASIS XLIFF schemas, which live in the repository (`tests/fixtures/xliff-schemas`). Tests that need a missing one skip with `it.skipIf(reason !== undefined)` and
 * say why once through `announceSkip`, so a green run on a bare machine is never mistaken for a
 * checked one.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot: string = fileURLToPath(new URL('../..', import.meta.url));

/** `../shared` next to the repository, when it is there. */
export function sharedDir(): string | undefined {
  const dir = resolve(repoRoot, '..', 'shared');
  return existsSync(dir) ? dir : undefined;
}

/**
 * The OASIS XLIFF 1.2 strict and 2.1 schemas with their XML catalog, kept in the repository so a
 * fresh clone validates on any machine with xmllint (provenance and licence in its PROVENANCE.md).
 */
export const xliffSchemasDir: string = join(repoRoot, 'tests', 'fixtures', 'xliff-schemas');

/** `shared/tools/xliff-check.sh`: schema, pocount and OmegaT checks in one run. */
export function xliffCheckScript(): string | undefined {
  const shared = sharedDir();
  const script = shared && join(shared, 'tools', 'xliff-check.sh');
  return script && isExecutable(script) ? script : undefined;
}

/** OmegaT's jar where xliff-check.sh looks for it (`OMEGAT_JAR`, else Debian's path). */
export function omegatJar(): string | undefined {
  const jar = process.env['OMEGAT_JAR'] ?? '/usr/share/omegat/OmegaT.jar';
  return existsSync(jar) ? jar : undefined;
}

/** True when an executable of that name is on PATH (searched directly; nothing is run). */
export function hasCommand(name: string): boolean {
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '');
  return dirs.some((dir) => isExecutable(join(dir, name)));
}

/**
 * Why a test cannot run, from named requirements (`{ 'xmllint on PATH': hasCommand('xmllint') }`),
 * or undefined when all are met.
 */
export function skipReason(requirements: Readonly<Record<string, boolean>>): string | undefined {
  const missing = Object.entries(requirements)
    .filter(([, met]) => !met)
    .map(([what]) => what);
  return missing.length === 0 ? undefined : `missing ${missing.join(', ')}`;
}

const announced = new Set<string>();

/** Prints once per run why `what` is skipped; does nothing when there is no reason. */
export function announceSkip(what: string, reason: string | undefined): void {
  if (reason === undefined) return;
  const message = `skipping ${what}: ${reason}`;
  if (announced.has(message)) return;
  announced.add(message);
  console.warn(message);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
