/** Command line: `npm run bench -- --sizes=1000,10000`. */

export const DEFAULT_SIZES = [1_000, 10_000, 50_000];

export interface BenchArgs {
  sizes: number[];
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  let sizes = DEFAULT_SIZES;
  for (const arg of argv) {
    if (arg.startsWith('--sizes=')) {
      sizes = arg
        .slice('--sizes='.length)
        .split(',')
        .map((s) => Number(s.trim().replace(/_/g, '')));
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 200_000)) {
        throw new Error(`--sizes wants whole numbers from 1 to 200000, comma-separated (got "${arg}")`);
      }
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run bench -- [--sizes=1000,10000,50000]');
      process.exit(0);
    } else {
      throw new Error(`Unknown argument "${arg}" (try --help)`);
    }
  }
  return { sizes };
}
