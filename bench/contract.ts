import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { median } from '../tools/stats';

/**
 * The contract's cost (issue 4: "JSON.parse + zod of a 1 MB member ≤ 12 ms";
 * docs/decisions/017-contract-speed.md). For the largest demo member (900000015 with includeInactive,
 * ~1 MB) and a small one: JSON.parse alone, parseMemberTargetsResponse alone, and the two together, as the
 * median of ROUNDS (3) × RUNS (40) warm runs, each child after WARMUP (15) runs, plus the first (cold) run;
 * the same for the contract as it was before the fast readers (contract/reference-schema, frozen). Each zod
 * mode runs in its own child process, because zod reads `jitless` when a schema is built: `jit` (Node's
 * default) and `jitless` (what the browser runs under its CSP). A benchmark, never a test.
 *
 *   node --import tsx bench/contract.ts            (ROUNDS=… RUNS=… WARMUP=… to change the counts)
 */

const ZOD_MODES = ['jit', 'jitless'] as const;
type ZodMode = (typeof ZOD_MODES)[number];

export type ContractBenchRow = {
  member: string;
  bytes: number;
  zod: ZodMode;
  /** Warm runs measured (all rounds together). */
  runs: number;
  /** Medians of the warm runs, in milliseconds. */
  jsonParseMs: number;
  contractMs: number;
  totalMs: number;
  /** The fastest warm JSON.parse + contract: the figure least disturbed by other load on the machine. */
  totalMinMs: number;
  /** The contract before the fast readers (the frozen copy), same body, same process. */
  contractBeforeMs: number;
  /** The first JSON.parse + contract of a fresh process (a member page parses once per load), median over rounds. */
  firstTotalMs: number;
  /** The same for the contract before (its first run in that process, after the warm runs of the current one). */
  firstTotalBeforeMs: number;
};

/** What one child process measured for one member. */
type Samples = {
  member: string;
  bytes: number;
  jsonParse: number[];
  contract: number[];
  total: number[];
  contractBefore: number[];
  firstTotal: number;
  firstTotalBefore: number;
};

const MEMBERS = [
  {
    label: '900000015, includeInactive (60 groups × 24 cycles)',
    userId: '900000015',
    query: { includeInactive: true, includeInactiveTargets: false, targetRuleId: null },
  },
  {
    label: '387043873 (1 group, reference example)',
    userId: '387043873',
    query: { includeInactive: false, includeInactiveTargets: false, targetRuleId: null },
  },
] as const;

/**
 * JSON.parse then `parse` of `body`, `warmup + runs` times: the timings of the last `runs` (JSON.parse,
 * the contract, both), and the total of the very first run (cold code).
 */
function timeParses(body: string, parse: (json: unknown) => unknown, warmup: number, runs: number) {
  const jsonParse: number[] = [];
  const contract: number[] = [];
  const total: number[] = [];
  let first = NaN;
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    const json: unknown = JSON.parse(body);
    const t1 = performance.now();
    parse(json);
    const t2 = performance.now();
    if (i === 0) first = t2 - t0;
    if (i < warmup) continue;
    jsonParse.push(t1 - t0);
    contract.push(t2 - t1);
    total.push(t2 - t0);
  }
  return { jsonParse, contract, total, first };
}

/** In a child process: measures every member in one zod mode and prints the rows as one JSON line. */
async function measure(mode: ZodMode, runs: number, warmup: number): Promise<Samples[]> {
  // Before any schema is built (they are built when the contract's modules load).
  const { z } = await import('zod');
  if (mode === 'jitless') z.config({ jitless: true });
  const { buildDemoMembers } = await import('../demo/members');
  const { renderMemberTargets } = await import('../demo/render');
  const { TEST_TODAY } = await import('../demo/test-support');
  const { parseMemberTargetsResponse } = await import('../contract/member-targets');
  const before = await import('../contract/reference-schema/member-targets');

  const members = buildDemoMembers(TEST_TODAY);
  const measured: Samples[] = [];
  for (const member of MEMBERS) {
    const record = members.get(member.userId);
    if (!record) throw new Error(`no demo member ${member.userId}`);
    const body = JSON.stringify(renderMemberTargets(record, member.query));
    const now = timeParses(body, parseMemberTargetsResponse, warmup, runs);
    const then = timeParses(body, before.parseMemberTargetsResponse, warmup, runs);
    measured.push({
      member: member.label,
      bytes: Buffer.byteLength(body),
      jsonParse: now.jsonParse,
      contract: now.contract,
      total: now.total,
      contractBefore: then.contract,
      firstTotal: now.first,
      firstTotalBefore: then.first,
    });
  }
  return measured;
}

const CHILD_FLAG = '--contract-bench-child';

async function inChild(mode: ZodMode, runs: number, warmup: number): Promise<Samples[]> {
  const self = fileURLToPath(import.meta.url);
  // Keep the TypeScript loader the parent runs under (node --import tsx, or the tsx CLI).
  const loader = process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : ['--import', 'tsx'];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...loader, self, CHILD_FLAG, mode, String(runs), String(warmup)],
    { cwd: fileURLToPath(new URL('..', import.meta.url)), maxBuffer: 1 << 20, timeout: 300_000 },
  );
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Samples[];
}

const ms = (value: number) => value.toFixed(value < 1 ? 2 : 1);

function table(rows: ContractBenchRow[]): string {
  const lines = [
    '| Member | Body | zod | JSON.parse | Contract before | Contract now | JSON.parse + contract now | (fastest run) | First run before → now |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.member} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.zod} | ${ms(r.jsonParseMs)} ms | ` +
        `${ms(r.contractBeforeMs)} ms | ${ms(r.contractMs)} ms | **${ms(r.totalMs)} ms** | ${ms(r.totalMinMs)} ms | ` +
        `${ms(r.firstTotalBeforeMs)} → ${ms(r.firstTotalMs)} ms |`,
    );
  }
  return lines.join('\n');
}

export async function runContractBench(
  options: { runs?: number; warmup?: number; rounds?: number; log?: (line: string) => void } = {},
): Promise<{ rows: ContractBenchRow[]; markdown: string }> {
  const runs = options.runs ?? Number(process.env.RUNS ?? 40);
  const warmup = options.warmup ?? Number(process.env.WARMUP ?? 15);
  const rounds = options.rounds ?? Number(process.env.ROUNDS ?? 3);
  const log = options.log ?? ((line: string) => console.log(`[contract bench] ${line}`));
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  // Rounds alternate the modes, so that a burst of other load on the machine does not favour one of them.
  const samples = new Map<string, Samples[]>();
  for (let round = 1; round <= rounds; round++) {
    for (const mode of ZOD_MODES) {
      log(
        `round ${round}/${rounds}, zod ${mode}: ${warmup} warm-up + ${runs} runs per member, in a child process`,
      );
      for (const measured of await inChild(mode, runs, warmup)) {
        const key = `${measured.member}\u0000${mode}`;
        samples.set(key, [...(samples.get(key) ?? []), measured]);
      }
    }
  }
  const rows: ContractBenchRow[] = [];
  for (const member of MEMBERS) {
    for (const mode of ZOD_MODES) {
      const all = samples.get(`${member.label}\u0000${mode}`) ?? [];
      const pooled = (pick: (s: Samples) => number[]) => all.flatMap(pick);
      rows.push({
        member: member.label,
        bytes: all[0]?.bytes ?? NaN,
        zod: mode,
        runs: pooled((s) => s.total).length,
        jsonParseMs: median(pooled((s) => s.jsonParse)),
        contractMs: median(pooled((s) => s.contract)),
        totalMs: median(pooled((s) => s.total)),
        totalMinMs: Math.min(...pooled((s) => s.total)),
        contractBeforeMs: median(pooled((s) => s.contractBefore)),
        firstTotalMs: median(all.map((s) => s.firstTotal)),
        firstTotalBeforeMs: median(all.map((s) => s.firstTotalBefore)),
      });
    }
  }
  const largest = rows.filter((r) => r.member === MEMBERS[0].label);
  const verdict = largest
    .map((r) => `${r.zod} ${ms(r.totalMs)} ms (${r.totalMs <= 12 ? 'within' : 'over'} 12 ms)`)
    .join(', ');
  const markdown = [
    '### Contract: JSON.parse + parseMemberTargetsResponse',
    '',
    table(rows),
    '',
    `Median of ${rounds} × ${runs} warm runs (${warmup} warm-up runs first), in a fresh Node ${process.version} ` +
      `process per zod mode and round, the modes alternating; "first run" is the first JSON.parse + contract of ` +
      `such a process (median over rounds; the contract before runs its first after the current one's warm runs, ` +
      `so only its own code is cold). "Before" is the contract as it was ` +
      `before the fast readers (contract/reference-schema), parsing the same body in the same process; ` +
      `"fastest run" is the least disturbed by other load. ` +
      `Target (issue 4): JSON.parse + contract of the 1 MB member ≤ 12 ms: ${verdict}. ` +
      `jitless is what the browser runs (CSP without unsafe-eval). Load average at start: ${load}.`,
  ].join('\n');
  return { rows, markdown };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const at = process.argv.indexOf(CHILD_FLAG);
  if (at !== -1) {
    const [mode, runs, warmup] = process.argv.slice(at + 1);
    if (mode !== 'jit' && mode !== 'jitless') throw new Error(`unknown zod mode ${mode}`);
    console.log(JSON.stringify(await measure(mode, Number(runs), Number(warmup))));
  } else {
    const { markdown } = await runContractBench();
    console.log(`\n${markdown}`);
  }
}
