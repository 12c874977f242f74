/**
 * A throw-away OmegaT 3.6 project driven from the console, as translators' OmegaT would treat our
 * files: `source/` holds the XLIFF, `tm/auto/` the memories OmegaT applies by itself.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OmegatProject {
  readonly dir: string;
  readonly sourceDir: string;
  readonly targetDir: string;
  readonly autoTmDir: string;
}

export async function createOmegatProject(dir: string, languages: { source: string; target: string }): Promise<OmegatProject> {
  const project = {
    dir,
    sourceDir: join(dir, 'source'),
    targetDir: join(dir, 'target'),
    autoTmDir: join(dir, 'tm', 'auto'),
  };
  for (const folder of [project.sourceDir, project.targetDir, project.autoTmDir, join(dir, 'glossary'), join(dir, 'dictionary'), join(dir, 'omegat')]) {
    await mkdir(folder, { recursive: true });
  }
  // Sentence segmentation off: each trans-unit is one OmegaT segment, as our units are sentences.
  await writeFile(
    join(dir, 'omegat.project'),
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>${languages.source}</source_lang>
    <target_lang>${languages.target}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`,
  );
  return project;
}

/** Runs OmegaT in a console mode (`console-translate`, `console-createpseudotranslatetmx` …); rejects on a non-zero exit. */
export function runOmegat(jar: string, project: OmegatProject, mode: string, extraArgs: readonly string[] = []): Promise<string> {
  const args = [
    '-Djava.awt.headless=true',
    '-jar',
    jar,
    project.dir,
    `--mode=${mode}`,
    `--config-dir=${join(project.dir, '..', 'omegat-config')}`,
    '--disable-project-locking',
    '--no-team',
    ...extraArgs,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && !/^Exception in thread/m.test(log)) resolve(log);
      else reject(new Error(`OmegaT ${mode} exited ${code}:\n${log.slice(-2000)}`));
    });
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A TMX for OmegaT's auto folder: each segment as OmegaT shows it (its tags included) with the French it should get. */
export function omegatMemory(entries: Readonly<Record<string, string>>): string {
  const units = Object.entries(entries).map(
    ([source, target]) => `  <tu>\n    <tuv xml:lang="en"><seg>${escapeXml(source)}</seg></tuv>\n    <tuv xml:lang="fr"><seg>${escapeXml(target)}</seg></tuv>\n  </tu>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="wire-l10n-tests" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
${units.join('\n')}
  </body>
</tmx>
`;
}

/** The segments as OmegaT shows them, from its own pseudo-translation TMX (OmegaT's TMX escapes its tags). */
export async function omegatSegments(jar: string, project: OmegatProject): Promise<string[]> {
  const out = join(project.dir, '..', 'segments.tmx');
  await runOmegat(jar, project, 'console-createpseudotranslatetmx', [`--pseudotranslatetmx=${out}`, '--pseudotranslatetype=equal']);
  const text = await readFile(out, 'utf8');
  const segments = [...text.matchAll(/<seg>([^]*?)<\/seg>/g)].map((match) =>
    match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  );
  return [...new Set(segments)];
}
