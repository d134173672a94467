/**
 * `POST …/serviceaccounts/<name>/token` (TokenRequest, what `kubectl create token` sends): mints
 * a token for the service account. Requests made with it act as that account and are held to
 * RBAC, so learners can test the Roles they bind to it.
 */
import { userFromName } from '../../cluster/rbac';
import { formatTime } from '../../store/object-store';
import { StatusError, badRequest } from '../../store/status-error';
import { decodeObjectBody, mediaTypeOf, readBody } from '../body';
import type { RequestContext } from '../context';
import { sendJson } from '../respond';

const MIN_SECONDS = 600;
const MAX_SECONDS = 48 * 3600;
const AUDIENCE = 'https://kubernetes.default.svc.cluster.local';

type TokenRequestBody = { spec?: { audiences?: string[]; expirationSeconds?: number } };

export async function handleTokenRequest(ctx: RequestContext) {
  const { route, req, res, cluster, tenant } = ctx;
  const sa = cluster.store.mustGet(route.resource, route.namespace, route.name!);
  const raw = await readBody(req);
  const body = (raw.length ? decodeObjectBody(mediaTypeOf(req), raw) : {}) as TokenRequestBody;
  const seconds = body.spec?.expirationSeconds ?? 3600;
  if (seconds < MIN_SECONDS) {
    throw badRequest(
      'spec.expirationSeconds: Invalid value: may not specify a duration less than 10 minutes',
    );
  }
  if (!tenant.issueToken) {
    throw new StatusError(403, 'Forbidden', 'tokens cannot be requested with this credential');
  }
  const user = userFromName(`system:serviceaccount:${sa.metadata.namespace}:${sa.metadata.name}`);
  const issued = tenant.issueToken(user, Math.min(seconds, MAX_SECONDS));
  sendJson(res, 201, {
    kind: 'TokenRequest',
    apiVersion: 'authentication.k8s.io/v1',
    metadata: { name: sa.metadata.name, namespace: sa.metadata.namespace, creationTimestamp: null },
    spec: {
      audiences: body.spec?.audiences ?? [AUDIENCE],
      expirationSeconds: seconds,
      boundObjectRef: null,
    },
    status: { token: issued.token, expirationTimestamp: formatTime(issued.expires) },
  });
}
