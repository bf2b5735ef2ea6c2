import { createServer, type Server } from 'node:http';

/**
 * A Capillary that misbehaves on purpose, one way per member id, for the UI's error states in e2e.
 * The proxy under test talks to it over real HTTP, exactly as it talks to Capillary.
 */
export const FAULTY_MEMBERS = {
  serverError: '510000001',
  stall: '510000002',
  credentialsRefused: '510000003',
  truncated: '510000004',
  errorsWithoutData: '510000005',
  failsOnceThenWorks: '510000006',
  markupInPayload: '510000007',
} as const;

/** Text that would run or render if anything put the payload into the page as HTML. */
export const MARKUP = {
  firstName: '<img src=x onerror="window.__injected=1">',
  groupName: '<script>window.__injected=2</script>Spring <b>promo</b>',
  note: '<a href="javascript:window.__injected=3">click</a>',
} as const;

const markupMember = (userId: string) =>
  JSON.stringify({
    data: {
      userId: Number(userId),
      customer: {
        id: Number(userId),
        profiles: [{ firstName: MARKUP.firstName, lastName: 'Tester', commChannels: [], source: 'instore' }],
        loyaltyInfo: { loyaltyType: 'loyalty', lifetimePurchases: 1 },
        customFields: { note: MARKUP.note },
      },
      targetGroups: [
        {
          id: 1,
          name: MARKUP.groupName,
          trackingType: 'DEFAULT',
          targetEvaluationType: 'FIXED_CALENDAR_WINDOW',
          targets: [
            {
              targetId: 1,
              periodId: 1,
              periodRefCode: '<i>Cycle_1</i>',
              targetName: MARKUP.groupName,
              targetValue: 10,
              targetAchievedValue: 4,
              currentPeriod: true,
              periodStartDate: '2026-11-01',
              periodEndDate: '2026-11-30',
            },
          ],
        },
      ],
    },
    errors: null,
    warnings: [{ message: '<marquee>warning</marquee>' }],
  });

const member = (userId: string) =>
  JSON.stringify({
    data: {
      userId: Number(userId),
      customer: {
        id: Number(userId),
        profiles: [{ firstName: 'Rita', lastName: 'Recovered', commChannels: [], source: 'instore' }],
        loyaltyInfo: { loyaltyType: 'loyalty', lifetimePurchases: 10 },
        customFields: {},
      },
      targetGroups: [],
    },
    errors: null,
    warnings: null,
  });

export function startFaultyUpstream(port: number, host = '127.0.0.1'): Promise<Server> {
  const calls = new Map<string, number>();
  const server = createServer((req, res) => {
    const match = /^\/v3\/users\/(\d+)\/targetGroups/.exec(req.url ?? '');
    if (req.url === '/ready') return void res.end('ok');
    const id = match?.[1] ?? '';
    const count = (calls.get(id) ?? 0) + 1;
    calls.set(id, count);
    const json = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    switch (id) {
      case FAULTY_MEMBERS.serverError:
        res.writeHead(500, { 'content-type': 'text/html' });
        return void res.end('<html><body>java.lang.NullPointerException at com.capillary…</body></html>');
      case FAULTY_MEMBERS.stall:
        return; // never answers: the proxy's deadline must fire
      case FAULTY_MEMBERS.credentialsRefused:
        return json(401, '{"data":null,"errors":[{"code":401,"message":"Unauthorized"}],"warnings":null}');
      case FAULTY_MEMBERS.truncated:
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end('{"data":{"userId":510000004,"customer":{"id":');
      case FAULTY_MEMBERS.errorsWithoutData:
        return json(
          200,
          '{"data":null,"errors":[{"code":9999,"message":"Target service is busy"}],"warnings":null}',
        );
      case FAULTY_MEMBERS.failsOnceThenWorks:
        if (count === 1) {
          res.writeHead(500, { 'content-type': 'text/html' });
          return void res.end('<html>busy</html>');
        }
        return json(200, member(id));
      case FAULTY_MEMBERS.markupInPayload:
        return json(200, markupMember(id));
      default:
        return json(
          400,
          '{"data":null,"errors":[{"code":310011,"message":"Invalid userId"}],"warnings":null}',
        );
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const port = Number(process.env.FAULTY_PORT ?? 8183);
  void startFaultyUpstream(port).then(() => console.warn(`faulty upstream on 127.0.0.1:${port}`));
}
