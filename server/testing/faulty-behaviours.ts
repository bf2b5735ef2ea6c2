import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The ways the faulty upstream misbehaves, one per failure the proxy must survive: each is what a
 * real Capillary, gateway or network has been seen to do (capillary-notes.md, "Responses and errors").
 */
export type Behaviour =
  | 'ok'
  | 'okWithHostileHeaders'
  | 'html500'
  | 'status521'
  | 'truncatedLength'
  | 'closeMidBody'
  | 'nonJson200'
  | 'redirect302'
  | 'hugeWithLength'
  | 'hugeChunked'
  | 'status401'
  | 'status403'
  | 'invalidUser400'
  | 'emptyErrors404'
  | 'html404'
  | 'rateLimited429'
  | 'stall'
  | 'stallBody'
  | 'resetBeforeHeaders'
  | 'resetMidBody'
  | 'status500'
  | 'status502'
  | 'status503'
  | 'status504'
  /** A member with a phone, an email and personal data in custom fields (masking). */
  | 'personal'
  /** A 400 whose message repeats a phone number and an email. */
  | 'personal400'
  /** The v2 customer lookup's answer for a found customer. */
  | 'lookupFound'
  /** A found customer whose userId is past 2^53 (JSON.parse would lose its last digits). */
  | 'lookupFoundLong';

export const MEMBER_BODY = JSON.stringify({
  data: { userId: 64035151, customer: null, targetGroups: [] },
  errors: null,
  warnings: null,
});
export const HUGE_BYTES = 1024 * 1024;

/** What a staff user must never receive in full, and where it hides in a member. */
export const PERSONAL = {
  mobile: '919988221100',
  email: 'tom.sawyer@capillarytech.com',
  altPhone: '+44 7700 900123',
  noteEmail: 'becky.thatcher@example.org',
  wechat: 'wx_tomsawyer_1876',
  firstName: 'Tom',
  lastName: 'Sawyer',
} as const;

export const PERSONAL_BODY = JSON.stringify({
  data: {
    userId: 64035151,
    customer: {
      id: 64035151,
      profiles: [
        {
          firstName: PERSONAL.firstName,
          lastName: PERSONAL.lastName,
          commChannels: [
            { type: 'mobile', value: PERSONAL.mobile, primary: true, verified: true, attributes: null },
            { type: 'email', value: PERSONAL.email, primary: false, verified: false, attributes: null },
            { type: 'wechat', value: PERSONAL.wechat, primary: false },
          ],
          source: 'instore',
          userId: 64035151,
        },
      ],
      loyaltyInfo: { loyaltyType: 'loyalty', lifetimePurchases: 1200.5 },
      customFields: {
        alt_mobile: PERSONAL.altPhone,
        note: `Prefers contact at ${PERSONAL.noteEmail} or ${PERSONAL.mobile}`,
        dob: '1990-05-12',
        city: 'Hannibal',
      },
    },
    targetGroups: [
      {
        id: 9876543210,
        name: 'Spend 5000 in Q4',
        targets: [{ targetId: 1234567890, periodStartDate: '2026-10-01 00:00:00', targetValue: 5000 }],
      },
    ],
  },
  errors: null,
  warnings: null,
});

export const json = (
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
};

export function respond(behaviour: Behaviour, redirectTo: string, res: ServerResponse, socket: Socket): void {
  switch (behaviour) {
    case 'ok':
      return json(res, 200, MEMBER_BODY);
    case 'okWithHostileHeaders':
      return json(res, 200, MEMBER_BODY, {
        'set-cookie': 'upstream_session=secret; HttpOnly',
        'www-authenticate': 'Basic realm="capillary"',
        'x-powered-by': 'Capillary-Java',
        server: 'capillary-gw/1.0',
      });
    case 'html500':
      res.writeHead(500, { 'content-type': 'text/html' });
      return void res.end('<html><body>java.lang.NullPointerException at com.capillary.Api</body></html>');
    case 'status521':
      return json(res, 521, '{"errors":[{"code":521,"message":"concurrent actions"}]}');
    case 'truncatedLength':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"data":{"userId":64035151,"customer":{"id":');
      return void setTimeout(() => socket.destroy(), 20);
    case 'closeMidBody':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":{"userId":64035151,"targetGroups":[');
      return void setTimeout(() => socket.end(), 20);
    case 'nonJson200':
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<html>Maintenance at capillary.internal</html>');
    case 'redirect302':
      res.writeHead(302, { location: redirectTo });
      return void res.end();
    case 'hugeWithLength':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(HUGE_BYTES) });
      return void res.end(`"${'x'.repeat(HUGE_BYTES - 2)}"`);
    case 'hugeChunked': {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":"');
      const chunk = 'y'.repeat(16 * 1024);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      return pump();
    }
    case 'status401':
      return json(res, 401, '{"errors":[{"code":401,"message":"Unauthorized"}]}', {
        'www-authenticate': 'Basic realm="capillary"',
      });
    case 'status403':
      return json(res, 403, '{"errors":[{"code":4000,"message":"Access group denied"}]}');
    case 'invalidUser400':
      return json(res, 400, '{"errors":[{"code":310011,"message":"Invalid userId"}]}');
    case 'emptyErrors404':
      return json(res, 404, '{"data":null,"errors":null}');
    case 'html404':
      res.writeHead(404, { 'content-type': 'text/html' });
      return void res.end('<html>Not Found at https://capillary.internal/v3</html>');
    case 'rateLimited429':
      return json(res, 429, '{"errors":[{"code":429,"message":"Too many"}]}', { 'retry-after': '7' });
    case 'stall':
      return;
    case 'stallBody':
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.write('{"data":');
    case 'resetBeforeHeaders':
      return void socket.destroy();
    case 'status500':
      return json(res, 500, '{"errors":[{"code":500,"message":"internal"}]}');
    case 'status502':
      res.writeHead(502, { 'content-type': 'text/html' });
      return void res.end('<html>Bad Gateway</html>');
    case 'status503':
      return json(res, 503, '{"errors":[{"code":503,"message":"unavailable"}]}');
    case 'status504':
      res.writeHead(504, { 'content-type': 'text/html' });
      return void res.end('<html>Gateway Timeout</html>');
    case 'personal':
      return json(res, 200, PERSONAL_BODY);
    case 'personal400':
      return json(
        res,
        400,
        JSON.stringify({
          errors: [{ code: 8015, message: `No member with mobile ${PERSONAL.mobile} or ${PERSONAL.email}` }],
          warnings: [`Duplicate profile ${PERSONAL.email}`],
        }),
      );
    case 'lookupFound':
      return json(res, 200, '{"entity":64035151,"warnings":[]}');
    case 'lookupFoundLong':
      return json(res, 200, '{"entity":9007199254740993,"warnings":[]}');
    case 'resetMidBody':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
      res.write('{"data":{"userId":');
      return void setTimeout(() => socket.resetAndDestroy(), 20);
  }
}
