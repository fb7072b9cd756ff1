/** Command-line arguments of test/bench/generate-corpus.ts. */
import type { CorpusOptions } from './options.ts';

export function parseArgs(argv: string[]): CorpusOptions {
  const opts: Partial<CorpusOptions> = { print: true };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++k] ?? '';
    const num = (name: string) => {
      const v = Number(value());
      if (!Number.isFinite(v)) throw new Error(`${name} needs a number`);
      return v;
    };
    switch (flag) {
      case '--docs':
        opts.docs = num('--docs');
        break;
      case '--out':
        opts.out = value();
        break;
      case '--seed':
        opts.seed = num('--seed');
        break;
      case '--traditional-share':
        opts.traditionalShare = num('--traditional-share');
        break;
      case '--mdx-share':
        opts.mdxShare = num('--mdx-share');
        break;
      case '--attachment-share':
        opts.attachmentShare = num('--attachment-share');
        break;
      case '--source':
        opts.sourceContent = value();
        break;
      case '--quiet':
        opts.print = false;
        break;
      case '-h':
      case '--help':
        console.log(
          'usage: node test/bench/generate-corpus.ts --docs N --out DIR [--seed 42] [--traditional-share 0.05] [--mdx-share 0.1] [--source content] [--quiet]',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  if (opts.docs === undefined || !opts.out) throw new Error('--docs and --out are required (see --help)');
  return opts as CorpusOptions;
}
