/**
 * API discovery: which resources the server serves, their kinds, short names and scope, read
 * from the legacy JSON endpoints (`/api`, `/apis`, one APIResourceList per group-version),
 * which every server version answers.
 */
import type { ClusterConnection } from './connection';
import { sendClusterRequest } from './request';
import { readJsonResponse } from './status';

/** One resource the server serves (subresources such as `pods/exec` are listed separately). */
export type ApiResource = {
  group: string;
  version: string;
  /** Plural name used in URLs, e.g. `deployments`; `pods/exec` for a subresource. */
  resource: string;
  singularName: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  verbs: string[];
  categories: string[];
  /** True for the group's preferred version. */
  preferred: boolean;
};

type ApiVersions = { versions?: string[] };
type ApiGroupList = {
  groups?: {
    name: string;
    versions?: { groupVersion: string; version: string }[];
    preferredVersion?: { version: string };
  }[];
};
type ApiResourceList = {
  resources?: {
    name: string;
    singularName?: string;
    kind: string;
    namespaced: boolean;
    shortNames?: string[];
    verbs?: string[];
    categories?: string[];
  }[];
};

async function readJson<T>(connection: ClusterConnection, path: string): Promise<T> {
  return readJsonResponse<T>(await sendClusterRequest(connection, { method: 'GET', path }));
}

/** Lists every resource of every group-version, preferred versions first within a group. */
export async function discoverResources(connection: ClusterConnection): Promise<ApiResource[]> {
  const [core, groups] = await Promise.all([
    readJson<ApiVersions>(connection, '/api'),
    readJson<ApiGroupList>(connection, '/apis'),
  ]);
  const targets: { group: string; version: string; path: string; preferred: boolean }[] = [];
  for (const version of core.versions ?? []) {
    targets.push({ group: '', version, path: `/api/${version}`, preferred: version === 'v1' });
  }
  for (const group of groups.groups ?? []) {
    const preferred = group.preferredVersion?.version ?? group.versions?.[0]?.version;
    const versions = [...(group.versions ?? [])].sort(
      (a, b) => Number(b.version === preferred) - Number(a.version === preferred),
    );
    for (const v of versions) {
      targets.push({
        group: group.name,
        version: v.version,
        path: `/apis/${v.groupVersion}`,
        preferred: v.version === preferred,
      });
    }
  }
  const lists = await Promise.all(
    targets.map((target) => readJson<ApiResourceList>(connection, target.path)),
  );
  return targets.flatMap((target, index) =>
    (lists[index]?.resources ?? []).map((r) => ({
      group: target.group,
      version: target.version,
      resource: r.name,
      singularName: r.singularName || r.kind.toLowerCase(),
      kind: r.kind,
      namespaced: r.namespaced,
      shortNames: r.shortNames ?? [],
      verbs: r.verbs ?? [],
      categories: r.categories ?? [],
      preferred: target.preferred,
    })),
  );
}

/** The server's `/version` answer. */
export type ServerVersion = {
  major: string;
  minor: string;
  gitVersion: string;
  gitCommit?: string;
  gitTreeState?: string;
  buildDate?: string;
  goVersion?: string;
  compiler?: string;
  platform?: string;
};

/** Reads the server's version. */
export async function readServerVersion(connection: ClusterConnection): Promise<ServerVersion> {
  return readJson<ServerVersion>(connection, '/version');
}
