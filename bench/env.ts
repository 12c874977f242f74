/** A benchmark's knob from the environment: a number > 0, else `fallback`. */
export function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`Expected ${name} to be a number > 0, got \`${process.env[name]}\``);
  return value;
}
