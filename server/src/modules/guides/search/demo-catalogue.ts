// The demo catalogue (scripts/seed/demo/*.json) as search documents, for the quality test and
// the bench. Files are read raw (not through the zod schema): defaults are applied by hand, and
// a file still being written elsewhere is skipped rather than failing the reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchDocument } from './index';

interface RawFile {
  departments?: { code: string; name: string }[];
  lifeEvents?: { code: string; name: string; aliases?: string[] }[];
  items?: {
    code: string;
    name: string;
    kind: string;
    audiences: ('individual' | 'organization')[];
    departmentCode: string;
    summary?: string;
    aliases?: string[];
    lifeEvents?: string[];
    status?: string;
  }[];
}

export function loadDemoDocuments(dir: string): SearchDocument[] {
  const files: RawFile[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    try {
      files.push(JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawFile);
    } catch {
      // Half-written file: the next run will see it whole.
    }
  }
  const departments = new Map(files.flatMap((f) => f.departments ?? []).map((d) => [d.code, d.name]));
  const lifeEvents = new Map(files.flatMap((f) => f.lifeEvents ?? []).map((e) => [e.code, e]));
  return files
    .flatMap((f) => f.items ?? [])
    .filter((item) => (item.status ?? 'published') === 'published')
    .map((item) => ({
      code: item.code,
      name: item.name,
      aliases: item.aliases ?? [],
      summary: item.summary ?? null,
      departmentCode: item.departmentCode,
      departmentName: departments.get(item.departmentCode) ?? item.departmentCode,
      audiences: item.audiences,
      kind: item.kind,
      lifeEvents: (item.lifeEvents ?? []).flatMap((code) => {
        const event = lifeEvents.get(code);
        return event ? [{ code, name: event.name, aliases: event.aliases ?? [] }] : [];
      }),
      popularity: 0,
    }));
}
