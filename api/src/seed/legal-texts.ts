import type { LegalDocumentKind } from '../modules/legal/schema.js';

/**
 * Version 1 of the demo school's legal documents, in both languages the school works in.
 * A real school replaces them from the admin Legal documents page.
 */
export const DEMO_LEGAL_DOCUMENTS: ReadonlyArray<{
  kind: LegalDocumentKind;
  title: string;
  body: string;
}> = [
  {
    kind: 'TERMS',
    title: 'Hizmet Koşulları / Terms of Service',
    body: `HİZMET KOŞULLARI

1. Rezervasyonlar. Ders, kiralama ve konaklama rezervasyonları okulun onayıyla kesinleşir. Rüzgâr ve hava koşulları güvenli değilse okul dersi erteleyebilir veya iptal edebilir; bu durumda ücret iade edilir ya da hesabınıza kredi olarak eklenir.
2. İptal. Başlangıçtan 24 saat öncesine kadar yapılan iptaller ücretsizdir. Daha geç iptallerde ve gelinmeyen derslerde ücretin tamamı tahsil edilebilir.
3. Sağlık ve güvenlik. Yüzme bildiğinizi, sağlık durumunuzun su sporlarına uygun olduğunu beyan edersiniz ve eğitmenlerin güvenlik talimatlarına uyarsınız. 18 yaşından küçükler yalnızca veli veya vasi onayıyla katılabilir.
4. Ekipman. Kiralanan ekipmanı özenle kullanır, hasar veya kaybı hemen bildirirsiniz. Kullanım hatasından doğan hasarlar ücretlendirilebilir.
5. Hesabınız. Hesabınızın güvenliğinden siz sorumlusunuz; şifrenizi kimseyle paylaşmayın.

TERMS OF SERVICE

1. Bookings. Lesson, rental and accommodation bookings are final once the school confirms them. When wind or weather make it unsafe, the school may move or cancel a lesson; you then get a refund or a credit on your account.
2. Cancellation. Cancelling up to 24 hours before the start is free. Later cancellations and no-shows may be charged in full.
3. Health and safety. You confirm that you can swim and that your health allows water sports, and you follow the instructors' safety instructions. Minors take part only with the consent of a parent or guardian.
4. Equipment. You use rented equipment with care and report damage or loss at once. Damage caused by misuse may be charged.
5. Your account. You keep your account safe and do not share your password.`,
  },
  {
    kind: 'PRIVACY',
    title: 'Gizlilik ve KVKK Aydınlatma Metni / Privacy Notice',
    body: `GİZLİLİK VE KİŞİSEL VERİLERİN KORUNMASI

Okul; adınızı, iletişim bilgilerinizi, rezervasyon ve ödeme kayıtlarınızı, feragatname ve sağlık beyanlarınızı hizmeti sunmak, güvenliğinizi sağlamak ve yasal yükümlülüklerini yerine getirmek için 6698 sayılı KVKK ve GDPR kapsamında işler. Verileriniz yalnızca bu amaçlarla ve gerektiği sürece saklanır; ödeme kuruluşları ve barındırma sağlayıcıları gibi hizmet sağlayıcılar dışında kimseyle paylaşılmaz. Verilerinize erişme, düzeltilmesini, silinmesini veya taşınmasını isteme hakkınız vardır; talepleriniz için okulla iletişime geçin.

PRIVACY NOTICE

The school processes your name, contact details, booking and payment records, waivers and health declarations to provide its services, keep you safe and meet its legal duties, under the GDPR and Turkish law no. 6698 (KVKK). Your data is kept only for these purposes and only as long as needed, and shared only with service providers such as payment processors and hosting. You may ask to access, correct, delete or export your data; contact the school to do so.`,
  },
  {
    kind: 'MARKETING',
    title: 'Pazarlama İletişimi İzni / Marketing Consent',
    body: `Okulun kampanyalar, etkinlikler ve rüzgâr tahminleri hakkında e-posta göndermesine izin veriyorum. Bu izni profil sayfamdan istediğim zaman geri alabilirim.

I agree that the school may e-mail me about offers, events and wind forecasts. I can withdraw this consent at any time from my profile page.`,
  },
  {
    kind: 'RENTAL',
    title: 'Ekipman Kiralama Koşulları / Equipment Rental Terms',
    body: `EKİPMAN KİRALAMA KOŞULLARI

1. Teslim. Ekipmanı bu sözleşmede yazılı durumda teslim aldığımı, kullanmadan önce kontrol ettiğimi ve güvenli kullanımını bildiğimi beyan ederim.
2. Kullanım. Ekipmanı yalnızca okulun belirlediği bölgede, rüzgâr ve hava koşullarına uygun biçimde ve kendi seviyeme uygun olarak kullanırım. Ekipmanı başkasına kiralayamam veya ödünç veremem.
3. İade. Ekipmanı belirtilen iade zamanında, okulun teslim noktasına, temiz ve kuru olarak iade ederim. Geciken iadelerde okul ek kiralama ücreti talep edebilir.
4. Hasar ve kayıp. Olağan aşınma dışındaki hasar veya kayıptan sorumluyum. Okul, onarım veya yerine koyma bedelini belgeleyerek depozitodan kesebilir ya da ayrıca talep edebilir. Hasarı fark ettiğim anda okula bildiririm.
5. Depozito. Depozito, ekipmanın eksiksiz ve hasarsız iadesinden sonra geri verilir; kimlik belgesi bırakıldıysa iade sırasında teslim edilir.
6. Sorumluluk. Su sporlarının risk içerdiğini bilirim; okulun kusuru dışında oluşan kazalardan okul sorumlu tutulamaz.

EQUIPMENT RENTAL TERMS

1. Hand-over. I confirm that I received the equipment in the condition written in this contract, that I checked it before use and that I know how to use it safely.
2. Use. I use the equipment only in the area the school allows, in suitable wind and weather, and within my own level. I do not rent or lend it to anyone else.
3. Return. I return the equipment at the agreed time to the school's desk, clean and dry. The school may charge extra rental time for a late return.
4. Damage and loss. I am responsible for damage beyond normal wear and for loss. The school may keep the documented cost of repair or replacement from the deposit or charge it separately. I tell the school about damage as soon as I notice it.
5. Deposit. The deposit is given back once the equipment is returned complete and undamaged; an ID document left as a deposit is handed back on return.
6. Liability. I know that water sports carry risks; the school is not liable for accidents it did not cause.`,
  },
];
