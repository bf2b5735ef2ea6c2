import type { ProxyBenchRow, Via } from './proxy';

export type Machine = { cpu: string; cores: number; node: string; nginx: string; loadAtStart: string };

const LABELS: Record<Via, string> = {
  direct: 'direct (the limit)',
  ours: '**our proxy**',
  nginx: 'nginx proxy_pass',
  express: 'express + http-proxy-middleware',
  lean: 'lean Node, no checks (for scale)',
};

const num = (x: number | null, digits = 0) =>
  x === null || !Number.isFinite(x)
    ? '–'
    : x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const times = (x: number | null) => (x === null || !Number.isFinite(x) ? '–' : `${x.toFixed(2)}×`);
const mb = (x: number | null) => (x === null ? '–' : x.toFixed(0));

function verdict(ok: boolean | null): string {
  if (ok === null) return 'not measured';
  return ok ? 'met' : '**not met**';
}

export function proxyMarkdown(input: {
  rows: ProxyBenchRow[];
  machine: Machine;
  rounds: number;
  durationSec: number;
  latencySec: number;
  sizes: { smallBytes: number; largeBytes: number };
  notes: string[];
  /** The load generator of the throughput runs, as the report names it. */
  generator: string;
  /** Which answers req/s counts. */
  counted: string;
}): string {
  const { rows, machine, rounds, durationSec, latencySec, sizes, notes, generator, counted } = input;
  const throughput = rows.filter((r) => r.kind === 'throughput');
  const latency = rows.filter((r) => r.kind === 'latency');
  const lines: string[] = [];
  lines.push('## Proxy');
  lines.push('');
  lines.push(
    `One upstream on 127.0.0.1 serving real demo member bodies at fixed cost (${num(sizes.smallBytes)} B: member ` +
      `900000005 for a different member id on every request; ${num(sizes.largeBytes)} B: member 900000015 with ` +
      'includeInactive=true, the same id on every request, so our proxy joins identical requests in flight), ' +
      `reached directly and through each proxy. ${generator}, ${rounds} interleaved round(s) of ${durationSec} s per ` +
      `run (every target once per scenario per round, in a rotated order); req/s counts ${counted}. Figures ` +
      'are medians over the rounds with the range of req/s; ratios are medians of the ratios taken within each ' +
      "round. Peak RSS is the proxy process's VmHWM during the run (nginx: its one worker); proxy CPU is that " +
      "process's user + system time per answered request, which a busy machine disturbs less than req/s.",
  );
  lines.push('');
  lines.push(
    '| body | conns | via | req/s (range) | p50 ms | p99 ms | peak RSS MB | proxy CPU µs/req | × nginx | × express | × direct | failed answers / errors |',
  );
  lines.push('| --- | --: | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const r of throughput) {
    lines.push(
      `| ${r.body} | ${r.connections} | ${LABELS[r.via]} | ${num(r.rps)} (${num(r.rpsMin)}–${num(r.rpsMax)}) | ` +
        `${num(r.p50Ms)} | ${num(r.p99Ms)} | ${mb(r.peakRssMb)} | ${num(r.cpuUsPerRequest)} | ${times(r.vsNginx)} | ${times(r.vsExpress)} | ${times(r.vsDirect)} | ` +
        `${r.non2xx} / ${r.errors} |`,
    );
  }
  lines.push('');
  lines.push(
    `Latency at light load: one connection, one request at a time for ${latencySec} s per run, 20 KB body, ` +
      'timed with the high-resolution clock.',
  );
  lines.push('');
  lines.push('| via | p50 ms | p99 ms | p50 added over direct, ms |');
  lines.push('| --- | --: | --: | --: |');
  for (const r of latency) {
    lines.push(
      `| ${LABELS[r.via]} | ${num(r.p50Ms, 3)} | ${num(r.p99Ms, 3)} | ${r.via === 'direct' ? '–' : num(r.addedP50Ms, 3)} |`,
    );
  }
  lines.push('');
  const ours50 = throughput.find((r) => r.via === 'ours' && r.body === '20 KB' && r.connections === 50);
  const oursLatency = latency.find((r) => r.via === 'ours');
  const vsNginx = ours50?.vsNginx ?? null;
  const vsExpress = ours50?.vsExpress ?? null;
  const added = oursLatency?.addedP50Ms ?? null;
  lines.push('Targets (issue 4), 50 connections, 20 KB, every upstream body checked as complete JSON:');
  lines.push('');
  lines.push(
    `- throughput ≥ 0.3× nginx: ${times(vsNginx)}, ${verdict(vsNginx === null ? null : vsNginx >= 0.3)}`,
  );
  lines.push(
    `- throughput ≥ 2.5× express + http-proxy-middleware: ${times(vsExpress)}, ${verdict(vsExpress === null ? null : vsExpress >= 2.5)}`,
  );
  lines.push(
    `- p50 added over direct ≤ 1 ms (light load): ${added === null ? '–' : `${added.toFixed(3)} ms`}, ${verdict(added === null ? null : added <= 1)}`,
  );
  const lean50 = throughput.find((r) => r.via === 'lean' && r.body === '20 KB' && r.connections === 50);
  const express50 = throughput.find((r) => r.via === 'express' && r.body === '20 KB' && r.connections === 50);
  lines.push(
    `- for scale: our proxy at ${times(ours50?.vsLean ?? null)} the lean Node proxy (node:http + undici, no checks at all); ` +
      `that one at ${times(lean50?.vsNginx ?? null)} nginx and ${times(lean50?.vsExpress ?? null)} express + ` +
      `http-proxy-middleware, which itself runs at ${times(express50?.vsNginx ?? null)} nginx here`,
  );
  // req/s ratios are squeezed when the load generator and the upstream share the cores with the proxy:
  // the fastest target is held back the most. CPU per answered request is what one core would sustain.
  const nginx50 = throughput.find((r) => r.via === 'nginx' && r.body === '20 KB' && r.connections === 50);
  const perCore = (other: ProxyBenchRow | undefined) =>
    ours50?.cpuUsPerRequest && other?.cpuUsPerRequest ? other.cpuUsPerRequest / ours50.cpuUsPerRequest : null;
  const us = (row: ProxyBenchRow | undefined) =>
    row?.cpuUsPerRequest ? `${Math.round(row.cpuUsPerRequest)} µs` : '–';
  lines.push(
    `- per core (CPU time per answered request, which the shared cores disturb less than req/s): our proxy ` +
      `${us(ours50)}, nginx ${us(nginx50)}, express + http-proxy-middleware ${us(express50)}, lean Node ` +
      `${us(lean50)}; so our proxy does ${times(perCore(nginx50))} nginx's work per core and ` +
      `${times(perCore(express50))} express's`,
  );
  lines.push('');
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores (load generator, upstream and proxy share them; load average ` +
      `${machine.loadAtStart} at the start), Node ${machine.node}, nginx ${machine.nginx}.`,
  );
  for (const note of notes) {
    lines.push('');
    lines.push(note);
  }
  lines.push('');
  return lines.join('\n');
}
