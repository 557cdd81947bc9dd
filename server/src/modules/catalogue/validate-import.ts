// Checks a set of import files completely before anything is written: schema, duplicates, references.
import { CatalogueFile, type z } from '@bianmin/shared';

export interface ImportFile {
  name: string;
  content: unknown;
}
export interface ImportProblem {
  file: string;
  path: string;
  message: string;
}
export type ParsedCatalogue = Omit<CatalogueFile, 'district'> & { district?: CatalogueFile['district'] };

/** Codes already in the database, so a file may refer to what an earlier import brought. */
export interface ExistingCodes {
  departments: Set<string>;
  lifeEvents: Set<string>;
  items: Set<string>;
  halls: Set<string>;
}

const SECTION_LABEL: Record<string, string> = {
  departments: '部门',
  lifeEvents: '生活事件',
  items: '事项',
  halls: '大厅',
  windows: '窗口',
};

/** `items.12.materials.0.condition` → `第13条事项 > materials.0.condition` (rows counted from 1). */
export function describePath(path: PropertyKey[]): string {
  const [section, row, ...rest] = path.map(String);
  if (section && row !== undefined && /^\d+$/.test(row)) {
    const label = `第${Number(row) + 1}条${SECTION_LABEL[section] ?? section}`;
    return rest.length ? `${label} > ${rest.join('.')}` : label;
  }
  return path.map(String).join('.') || '(整个文件)';
}

export function validateImport(
  files: ImportFile[],
  existing: ExistingCodes,
): { ok: true; catalogue: ParsedCatalogue } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const merged: ParsedCatalogue = { departments: [], lifeEvents: [], items: [], halls: [] };
  const where = new Map<string, { file: string; path: string }>();

  for (const file of files) {
    const parsed = CatalogueFile.safeParse(file.content);
    if (!parsed.success) {
      for (const issue of (parsed.error as z.core.$ZodError).issues) {
        problems.push({ file: file.name, path: describePath(issue.path), message: issue.message });
      }
      continue;
    }
    const data = parsed.data;
    if (data.district) merged.district = data.district;
    for (const section of ['departments', 'lifeEvents', 'items', 'halls'] as const) {
      data[section].forEach((row, i) => {
        const key = `${section}:${row.code}`;
        const path = describePath([section, i, 'code']);
        const seen = where.get(key);
        if (seen) problems.push({ file: file.name, path, message: `编码 ${row.code} 重复（已在 ${seen.file} ${seen.path} 出现）` });
        else where.set(key, { file: file.name, path });
      });
      (merged[section] as unknown[]).push(...data[section]);
    }
  }
  // Reference checks run even after schema problems, so one run reports everything it can.
  const known = {
    departments: new Set([...existing.departments, ...merged.departments.map((d) => d.code)]),
    lifeEvents: new Set([...existing.lifeEvents, ...merged.lifeEvents.map((e) => e.code)]),
    items: new Set([...existing.items, ...merged.items.map((i) => i.code)]),
    halls: new Set([...existing.halls, ...merged.halls.map((h) => h.code)]),
  };
  const refProblem = (key: string, field: string, message: string) => {
    const at = where.get(key);
    const row = at ? at.path.replace(/ > code$/, '') : key;
    problems.push({ file: at?.file ?? '?', path: `${row} > ${field}`, message });
  };
  for (const item of merged.items) {
    const key = `items:${item.code}`;
    if (!known.departments.has(item.departmentCode)) refProblem(key, 'departmentCode', `部门编码 ${item.departmentCode} 不存在`);
    for (const ev of item.lifeEvents) if (!known.lifeEvents.has(ev)) refProblem(key, 'lifeEvents', `生活事件编码 ${ev} 不存在`);
  }
  for (const hall of merged.halls) {
    const key = `halls:${hall.code}`;
    if (hall.parentCode && !known.halls.has(hall.parentCode)) refProblem(key, 'parentCode', `上级大厅编码 ${hall.parentCode} 不存在`);
    const numbers = new Set<string>();
    hall.windows.forEach((w, i) => {
      if (numbers.has(w.number)) refProblem(key, `windows.${i}.number`, `窗口号 ${w.number} 在本大厅重复`);
      numbers.add(w.number);
      for (const c of w.itemCodes) if (!known.items.has(c)) refProblem(key, `windows.${i}.itemCodes`, `事项编码 ${c} 不存在`);
      for (const c of w.departmentCodes)
        if (!known.departments.has(c)) refProblem(key, `windows.${i}.departmentCodes`, `部门编码 ${c} 不存在`);
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, catalogue: merged };
}
