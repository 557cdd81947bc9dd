// Quick author's check of one catalogue file against the shared schema: `tsx seed/check-file.ts FILE`.
import { readFileSync } from 'node:fs';
import { CatalogueFile } from '@bianmin/shared/catalogue/catalogue.schema';

for (const file of process.argv.slice(2)) {
  const parsed = CatalogueFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) {
    const f = parsed.data;
    console.log(`${file}: ok (${f.items.length} items, ${f.halls.length} halls, ${f.departments.length} departments)`);
  } else {
    process.exitCode = 1;
    for (const issue of parsed.error.issues.slice(0, 40)) console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
}
