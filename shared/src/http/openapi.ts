// The OpenAPI 3.1 document, generated from the endpoint table and the same zod schemas that parse
// requests and type responses. Server-side only: it loads zod's JSON Schema generator.
import { toJSONSchema, type $ZodType } from 'zod/v4/core';
import { ErrorBody } from '../common/error.schema';
import { successStatus, type Endpoint } from './endpoint';
import { headerName, type InputPart } from './route';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; description?: string };
type Parameter = { name: string; in: 'path' | 'query' | 'header'; required: boolean; description?: string; schema: JsonSchema };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function jsonSchema(schema: unknown, io: 'input' | 'output'): JsonSchema {
  const generated = toJSONSchema(schema as $ZodType, { io, unrepresentable: 'any' }) as JsonSchema;
  delete generated.$schema;
  return generated;
}

/** '/api/v1/guides/:code' → '/api/v1/guides/{code}' */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z][A-Za-z0-9_]*)/g, '{$1}');
}

const LOCATION = { params: 'path', query: 'query', headers: 'header' } as const satisfies Partial<Record<InputPart, Parameter['in']>>;

/** One parameter per property of the params, query and headers schemas; descriptions move up from the schema. */
function parametersOf(e: Endpoint): Parameter[] {
  const parameters: Parameter[] = [];
  for (const part of Object.keys(LOCATION) as (keyof typeof LOCATION)[]) {
    const schema = e.schemas[part];
    if (!schema) continue;
    const object = jsonSchema(schema, 'input');
    for (const [key, { description, ...prop }] of Object.entries(object.properties ?? {})) {
      parameters.push({
        name: part === 'headers' ? headerName(key) : key,
        in: LOCATION[part],
        required: part === 'params' || (object.required?.includes(key) ?? false),
        ...(typeof description === 'string' ? { description } : {}),
        schema: prop,
      });
    }
  }
  return parameters;
}

function successOf(e: Endpoint): Record<string, unknown> {
  const { response } = e.schemas;
  if (response === 'docx') return { description: 'Word 文档', content: { [DOCX]: { schema: { type: 'string', format: 'binary' } } } };
  if (response === 'file')
    return {
      description: '文件（JPEG、PNG、WebP 或 PDF）',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    };
  if (response === 'empty') return { description: '成功（无内容）' };
  return {
    description: successStatus(e) === 201 ? '已创建' : '成功',
    content: { 'application/json': { schema: jsonSchema(response, 'output') } },
  };
}

function multipartBody(m: NonNullable<Endpoint['multipart']>) {
  const file = { type: 'string', format: 'binary', description: m.description };
  const schema = { type: 'object', required: [m.field], properties: { [m.field]: file } };
  return { required: true, content: { 'multipart/form-data': { schema } } };
}

function operationOf(e: Endpoint) {
  const responses: Record<string, unknown> = { [successStatus(e)]: successOf(e) };
  // A route that needs sign-in can always answer 401, whether or not its list says so.
  const errors = new Set([...e.errors, ...(e.route.access === 'public' ? [] : [401])]);
  for (const status of [...errors].sort((a, b) => a - b)) responses[status] = { $ref: '#/components/responses/Error' };
  return {
    summary: e.summary,
    tags: [e.tag],
    parameters: parametersOf(e),
    responses,
    ...(e.schemas.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(e.schemas.body, 'input') } } } }
      : {}),
    ...(e.multipart ? { requestBody: multipartBody(e.multipart) } : {}),
    ...(e.route.access === 'public' ? {} : { security: [{ bearer: [] }], 'x-access': e.route.access }),
  };
}

export function buildOpenApiDocument(endpoints: readonly Endpoint[], appVersion: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const path = openApiPath(e.route.path);
    paths[path] = { ...paths[path], [e.route.method.toLowerCase()]: operationOf(e) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '便民 Bianmin API',
      version: appVersion,
      description: '互联网+政务服务：办事指南、窗口联系、身份认证、预约服务。所有错误返回统一结构 { code, message, fieldErrors? }。',
    },
    paths,
    components: {
      responses: { Error: { description: '错误', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
