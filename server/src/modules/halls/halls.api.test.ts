// Window contact: a resident finds the nearest hall, its hours, its windows and their phones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, HallDetail, HallPage } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { distanceMeters } from './geo';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await closeIfStarted(app);
});

describe('GET /api/v1/halls', () => {
  it('lists the district hall, six street halls and at least twenty community stations', async () => {
    const count = async (level: string) => (await app.get<HallPage>(`/api/v1/halls?level=${level}&pageSize=100`)).body;
    expect((await count('district')).total).toBe(1);
    expect((await count('street')).total).toBe(6);
    const community = await count('community');
    expect(community.total).toBeGreaterThanOrEqual(20);
    expect(community.items.every((h) => h.level === 'community' && h.parent)).toBe(true);
  });

  it('sorts by distance when the resident shares a location', async () => {
    // Near 流亭街道 in the south-west of the district.
    const { status, body } = await app.get<HallPage>('/api/v1/halls?near=36.266,120.378&pageSize=100');
    expect(status).toBe(200);
    const distances = body.items.map((h) => h.distanceMeters!);
    expect(distances.every((d) => typeof d === 'number')).toBe(true);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const first = body.items[0]!;
    expect(first.distanceMeters).toBe(
      Math.round(distanceMeters({ lat: 36.266, lng: 120.378 }, { lat: first.latitude, lng: first.longitude })),
    );
  });

  it('finds the halls that handle an item', async () => {
    const { body: guides } = await app.get<{ items: { code: string }[] }>(`/api/v1/guides?q=${encodeURIComponent('居住证')}`);
    const code = guides.items[0]!.code;
    const { body } = await app.get<HallPage>(`/api/v1/halls?item=${code}&pageSize=100`);
    expect(body.total).toBeGreaterThan(1);
  });

  it.each([
    ['near=abc', 'near'],
    ['near=95,120', 'near'],
    ['level=province', 'level'],
    ['pageSize=0', 'pageSize'],
  ])('rejects %s with 400 naming %s', async (query, field) => {
    const { status, body } = await app.get<ErrorBody>(`/api/v1/halls?${query}`);
    expect(status).toBe(400);
    expect(body.fieldErrors).toHaveProperty(field);
  });
});

describe('GET /api/v1/halls/:id', () => {
  it('shows the district hall with its windows, phones and the street halls under it', async () => {
    const { body: list } = await app.get<HallPage>('/api/v1/halls?level=district');
    const { status, body } = await app.get<HallDetail>(`/api/v1/halls/${list.items[0]!.id}`);
    expect(status).toBe(200);
    expect(body.windows.length).toBeGreaterThanOrEqual(10);
    expect(body.windows.every((w) => w.departments.length + w.items.length > 0)).toBe(true);
    expect(body.children.filter((c) => c.level === 'street')).toHaveLength(6);
    expect(body.openingHours.length).toBeGreaterThan(0);
  });

  it('answers an unknown hall with 404 in the error shape', async () => {
    const { status, body } = await app.get<ErrorBody>('/api/v1/halls/no-such-hall');
    expect(status).toBe(404);
    expect(body.code).toBe('NOT_FOUND');
  });
});
