// 拨打电话 / 地图导航. Mini-program: native phone sheet and map. H5: real `tel:` and map links, which
// a phone browser hands to its dialler and map app.
import { View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { callPhone, dialable, mapLink, openMap, type Place } from '@/lib/device';
import './ContactActions.scss';

export function PhoneAction({ phone, label = '拨打电话' }: { phone: string; label?: string }) {
  // Written out (not a shared constant) so the build drops the other platform's branch.
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className="contact-action contact-phone" href={`tel:${dialable(phone)}`}>
        {label}
      </a>
    );
  }
  return (
    <Button className="contact-phone" size="small" type="primary" fill="outline" onClick={() => callPhone(phone)}>
      {label}
    </Button>
  );
}

export function MapAction({ place }: { place: Place }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className="contact-action contact-map" href={mapLink(place)} target="_blank" rel="noopener noreferrer">
        地图导航
      </a>
    );
  }
  return (
    <Button className="contact-map" size="small" type="primary" fill="outline" onClick={() => openMap(place)}>
      地图导航
    </Button>
  );
}

export function ContactActions({ phone, place }: { phone?: string | null; place?: Place }) {
  if (!phone && !place) return null;
  return (
    <View className="contact-actions">
      {phone && <PhoneAction phone={phone} />}
      {place && <MapAction place={place} />}
    </View>
  );
}
