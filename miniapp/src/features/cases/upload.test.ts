import { beforeEach, describe, expect, it, vi } from 'vitest';
import Taro from '@tarojs/taro';
import { ApiError } from '@/lib/request';
import { resetApi, signInAs } from '@/test/fake-api';
import { kindOfFile, kindProblem, uploadFile } from './upload';

/** Taro.uploadFile as the mini-program gives it: a promise with the task's progress hook. */
function answerUpload(statusCode: number, data: unknown) {
  vi.mocked(Taro.uploadFile).mockImplementation((() => {
    const p = Promise.resolve({ statusCode, data: JSON.stringify(data), errMsg: 'uploadFile:ok' });
    return Object.assign(p, { progress: (cb: (r: { progress: number }) => void) => cb({ progress: 40 }) });
  }) as never);
}

describe('material uploads', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('tells photos from PDFs and refuses other files and kinds the material does not take', () => {
    expect(kindOfFile('image/jpeg', 'a.jpg')).toBe('image');
    expect(kindOfFile('', 'scan.PDF')).toBe('pdf');
    expect(kindOfFile('application/msword', 'a.doc')).toBeNull();
    expect(kindProblem(null, ['image', 'pdf'])).toBe('文件类型不支持，请上传照片（JPG、PNG）或PDF文件');
    expect(kindProblem('image', ['pdf'])).toBe('该材料只接受PDF文件，请上传扫描件或电子文件');
    expect(kindProblem('pdf', ['image', 'pdf'])).toBeNull();
  });

  it('in the mini-program, compresses a photo and sends it with the bearer token and progress', async () => {
    answerUpload(201, { id: 'u1' });
    const progress: number[] = [];
    const stored = await uploadFile({ name: 'a.jpg', kind: 'image', source: 'wxfile://tmp/a.jpg', preview: null }, (p) => progress.push(p));
    expect(stored).toEqual({ id: 'u1' });
    expect(Taro.compressImage).toHaveBeenCalledWith({ src: 'wxfile://tmp/a.jpg', quality: 80 });
    expect(Taro.uploadFile).toHaveBeenCalledWith(
      expect.objectContaining({
        url: '/api/v1/uploads',
        name: 'file',
        filePath: 'wxfile://tmp/a.jpg',
        header: { Authorization: 'Bearer access-1' },
      }),
    );
    expect(progress).toEqual([40]);
  });

  it("fails with the server's message", async () => {
    answerUpload(413, { code: 'FILE_TOO_LARGE', message: '文件不能超过10MB，请压缩后重新上传' });
    const err = await uploadFile({ name: 'a.pdf', kind: 'pdf', source: 'wxfile://tmp/a.pdf', preview: null }, () => {}).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe('文件不能超过10MB，请压缩后重新上传');
  });
});
