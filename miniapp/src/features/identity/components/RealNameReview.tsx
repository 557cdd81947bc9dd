// The review step: what will be checked against the identity database, with the number masked as
// it will appear everywhere else, before anything is sent.
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { maskChineseId } from '@bianmin/shared/identity/mask';

interface Props {
  name: string;
  idNumber: string;
  busy: boolean;
  onConfirm: () => void;
  onEdit: () => void;
}

export function RealNameReview({ name, idNumber, busy, onConfirm, onEdit }: Props) {
  return (
    <View className="card realname-review">
      <Text className="realname-privacy-heading">请核对您的信息</Text>
      <View className="realname-review-row">
        <Text className="muted">姓名</Text>
        <Text className="realname-review-name">{name}</Text>
      </View>
      <View className="realname-review-row">
        <Text className="muted">身份证号码</Text>
        <Text className="realname-review-id">{maskChineseId(idNumber)}</Text>
      </View>
      <Text className="muted realname-review-note">确认无误后提交，将与公安部门登记的信息核验。如有错误，请返回修改。</Text>
      <Button className="realname-submit" type="primary" block loading={busy} onClick={onConfirm}>
        确认提交
      </Button>
      <Button className="realname-edit" block disabled={busy} onClick={onEdit}>
        返回修改
      </Button>
    </View>
  );
}
