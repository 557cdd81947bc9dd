// 下载空白表格 / 查看填写样例. H5: a same-origin download link. Mini-program: download the .docx
// and open it in WeChat's document viewer.
import { View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { openDocx } from '@/lib/device';
import { formUrl } from '../api';

function FormLink({ url, label, fileName, className }: { url: string; label: string; fileName: string; className: string }) {
  const href = formUrl(url);
  // Written out (not a shared constant) so the build drops the other platform's branch.
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className={`contact-action form-download ${className}`} href={href} download={fileName}>
        {label}
      </a>
    );
  }
  return (
    <Button className={`form-download ${className}`} size="small" type="primary" fill="outline" onClick={() => void openDocx(href)}>
      {label}
    </Button>
  );
}

export function FormButtons({
  name,
  blankFormUrl,
  sampleFormUrl,
}: {
  name: string;
  blankFormUrl: string | null;
  sampleFormUrl: string | null;
}) {
  if (!blankFormUrl && !sampleFormUrl) return null;
  return (
    <View className="form-buttons">
      {blankFormUrl && <FormLink url={blankFormUrl} label="下载空白表格" fileName={`${name}（空白表格）.docx`} className="form-blank" />}
      {sampleFormUrl && <FormLink url={sampleFormUrl} label="查看填写样例" fileName={`${name}（填写样例）.docx`} className="form-sample" />}
    </View>
  );
}
