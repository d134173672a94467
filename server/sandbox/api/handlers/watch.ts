/**
 * Watch: a chunked stream of `{"type":…,"object":…}` lines. Starts from the requested
 * resourceVersion (replaying kept history, or a 410 Expired ERROR event when it is too old), or
 * from the current state as ADDED events; honours selectors (an object that stops matching is
 * sent as DELETED), `timeoutSeconds`, `sendInitialEvents` and Table output.
 */
import type { KubeObject } from '../../runtime/process';
import type { StoreEvent } from '../../store/object-store';
import { StatusError, badRequest } from '../../store/status-error';
import {
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
} from '../../store/selectors';
import type { RequestContext } from '../context';
import { toTable, wantsTable } from '../table';

const MAX_TIMEOUT_SECONDS = 1800;
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export function handleWatch(ctx: RequestContext) {
  const { cluster, route, query, req, res } = ctx;
  const labels = parseLabelSelector(query.get('labelSelector'));
  const fields = parseFieldSelector(query.get('fieldSelector'), route.resource);
  const table = wantsTable(req.headers.accept);
  const include = query.get('includeObject');
  const matches = (o: KubeObject | undefined) =>
    !!o &&
    (!route.namespace || !route.resource.namespaced || o.metadata.namespace === route.namespace) &&
    (!route.name || o.metadata.name === route.name) &&
    matchesLabels(labels, o.metadata.labels) &&
    matchesFields(fields, o);
  const rvParam = query.get('resourceVersion') ?? '';
  if (rvParam && !/^\d+$/.test(rvParam)) throw badRequest(`invalid resource version: ${rvParam}`);
  const timeout = Math.min(
    Number(query.get('timeoutSeconds') ?? MAX_TIMEOUT_SECONDS) || MAX_TIMEOUT_SECONDS,
    MAX_TIMEOUT_SECONDS,
  );

  res.writeHead(200, {
    'content-type': 'application/json',
    'cache-control': 'no-cache, private',
    'transfer-encoding': 'chunked',
  });
  // Clients wait for the headers before they act; send them now, not with the first event.
  res.flushHeaders();
  const send = (type: string, object: unknown) => {
    const body =
      table && type !== 'ERROR' && type !== 'BOOKMARK'
        ? toTable(
            route.resource,
            [object as KubeObject],
            String((object as KubeObject).metadata.resourceVersion),
            include,
          )
        : object;
    res.write(`${JSON.stringify({ type, object: body })}\n`);
    if (res.writableLength > MAX_BUFFERED_BYTES) finish();
  };

  let finished = false;
  let unsubscribe = () => {};
  const timer = setTimeout(() => finish(), timeout * 1000);
  function finish() {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    unsubscribe();
    res.end();
  }
  req.on('close', finish);
  res.on('close', finish);

  const forward = (e: StoreEvent) => {
    if (e.resource !== route.resource) return;
    const now = matches(e.object);
    const before = e.type === 'MODIFIED' ? matches(e.old) : now;
    if (e.type === 'MODIFIED' && before && !now) send('DELETED', e.object);
    else if (e.type === 'MODIFIED' && !before && now) send('ADDED', e.object);
    else if (now) send(e.type, e.object);
  };

  const sendCurrent = () => {
    for (const o of cluster.store.list(route.resource, route.namespace))
      if (matches(o)) send('ADDED', o);
  };

  if (query.get('sendInitialEvents') === 'true') {
    sendCurrent();
    send('BOOKMARK', {
      kind: route.resource.kind,
      apiVersion: route.resource.group
        ? `${route.resource.group}/${route.resource.version}`
        : route.resource.version,
      metadata: {
        resourceVersion: String(cluster.store.resourceVersion),
        annotations: { 'k8s.io/initial-events-end': 'true' },
      },
    });
  } else if (!rvParam || rvParam === '0') {
    sendCurrent();
  } else {
    const changes = cluster.store.changesSince(Number(rvParam));
    if (!changes) {
      const expired = new StatusError(
        410,
        'Expired',
        `too old resource version: ${rvParam} (${cluster.store.oldestReplayable})`,
      );
      send('ERROR', expired.toStatus());
      finish();
      return;
    }
    changes.forEach(forward);
  }
  unsubscribe = cluster.store.subscribe(forward);
}
