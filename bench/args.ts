/** Command line: `npm run bench -- --sizes=1000,10000 [--load-only] [--dist=DIR]`. */

export const DEFAULT_SIZES = [1_000, 10_000, 50_000];

export interface BenchArgs {
  sizes: number[];
  /** Only the load figures (floors, console load, bundle): no stop timer, deletes or sandbox. */
  loadOnly: boolean;
  /** Serve this built app instead of dist/ (e.g. a saved build, to compare before and after). */
  dist: string | null;
}

/** `--name=value` from this process's command line (the tools beside the bench: profile, ab, framework floor). */
export function flag(name: string, argv: readonly string[] = process.argv): string | undefined {
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const USAGE = 'Usage: npm run bench -- [--sizes=1000,10000,50000] [--load-only] [--dist=path/to/dist]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  let sizes = DEFAULT_SIZES;
  let loadOnly = false;
  let dist: string | null = null;
  for (const arg of argv) {
    if (arg.startsWith('--sizes=')) {
      sizes = arg
        .slice('--sizes='.length)
        .split(',')
        .map((s) => Number(s.trim().replace(/_/g, '')));
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 200_000)) {
        throw new Error(`--sizes wants whole numbers from 1 to 200000, comma-separated (got "${arg}")`);
      }
    } else if (arg === '--load-only') {
      loadOnly = true;
    } else if (arg.startsWith('--dist=')) {
      dist = arg.slice('--dist='.length);
      if (!dist) throw new Error('--dist wants a directory holding a built index.html');
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      throw new Error(`Unknown argument "${arg}" (try --help)`);
    }
  }
  return { sizes, loadOnly, dist };
}
