/**
 * Building blocks of `kubectl describe` output: indented lines with tab-separated cells aligned
 * by Go's tabwriter (padding 2), and the shared sections (labels, annotations, events, times).
 */
import type { ClusterObject } from '@/server/cluster/types';
import { formatHumanDuration } from '../printers/age';
import { alignTabs } from '../printers/tabwriter';

/** Collects describe lines; `level` indents by two spaces per level, like kubectl's PrefixWriter. */
export class DescribeWriter {
  private text = '';
  private readonly shift: number;
  private readonly root: DescribeWriter | null;
  constructor(shift = 0, root: DescribeWriter | null = null) {
    this.shift = shift;
    this.root = root;
  }
  write(level: number, line: string) {
    if (this.root) this.root.write(level + this.shift, line);
    else this.text += '  '.repeat(level + this.shift) + line;
  }
  /** A writer whose levels start `levels` deeper (sections nested in a pod template). */
  indented(levels: number): DescribeWriter {
    return levels === 0 ? this : new DescribeWriter(levels, this.root ?? this);
  }
  /** The aligned output. */
  render(): string {
    return alignTabs(this.text, { minWidth: 0, padding: 2 });
  }
}

/** RFC 1123 with numeric zone, as Go's time.RFC1123Z (in UTC). */
export function formatRfc1123(timestamp: string | undefined): string {
  if (!timestamp) return '<unset>';
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

const skippedAnnotations = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** `Labels:  a=b` with one label per line, or `<none>`. */
export function writeLabels(
  w: DescribeWriter,
  title: string,
  labels: Record<string, string> | undefined,
) {
  writeMultiline(w, title, labels, (k, v) => `${k}=${v}`, new Set());
}

/** `Annotations:  k: v` one per line, skipping kubectl's own last-applied record. */
export function writeAnnotations(
  w: DescribeWriter,
  title: string,
  annotations: Record<string, string> | undefined,
) {
  writeMultiline(w, title, annotations, (k, v) => `${k}: ${v}`, skippedAnnotations);
}

function writeMultiline(
  w: DescribeWriter,
  title: string,
  values: Record<string, string> | undefined,
  format: (k: string, v: string) => string,
  skip: Set<string>,
) {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(values ?? {})
    .filter((k) => !skip.has(k))
    .sort();
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((key, index) => {
    if (index > 0) w.write(0, '\t');
    w.write(0, `${format(key, values![key]!)}\n`);
  });
}

type KubeEvent = ClusterObject & {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  involvedObject?: { uid?: string; name?: string; kind?: string; namespace?: string };
};

/** The Events section; `events` null means events were not fetched (section omitted). */
export function writeEvents(w: DescribeWriter, events: ClusterObject[] | null, now: number) {
  if (events === null) return;
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  const sorted = [...(events as KubeEvent[])].sort(
    (a, b) => Date.parse(eventTime(a) ?? '') - Date.parse(eventTime(b) ?? ''),
  );
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.firstTimestamp ?? e.eventTime;
    const age = (t: string | undefined) =>
      t ? formatHumanDuration(now - Date.parse(t)) : '<unknown>';
    const interval =
      (e.count ?? 1) > 1 ? `${age(e.lastTimestamp)} (x${e.count} over ${age(first)})` : age(first);
    const source = e.source?.component
      ? e.source.host
        ? `${e.source.component}, ${e.source.host}`
        : e.source.component
      : (e.reportingComponent ?? '');
    w.write(
      1,
      `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${(e.message ?? '').trim()}\n`,
    );
  }
}

function eventTime(e: KubeEvent): string | undefined {
  return e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp;
}

/** Events whose involvedObject is `object` (matched by uid, else kind + name). */
export function selectEvents(all: ClusterObject[], object: ClusterObject): ClusterObject[] {
  return (all as KubeEvent[]).filter((e) => {
    const ref = e.involvedObject ?? {};
    if (ref.uid && object.metadata?.uid) return ref.uid === object.metadata.uid;
    return ref.name === object.metadata?.name && ref.kind === object.kind;
  });
}
