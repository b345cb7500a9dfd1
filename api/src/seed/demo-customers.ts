import { phoneDigitsOf } from '../modules/customers/fields.js';
import { DISCIPLINES, SKILL_LEVELS, type CustomerSkill } from '../modules/customers/schema.js';

/**
 * The demo school's customers: a few hundred people from Turkey and Europe, some with
 * children they book for. Generated from a fixed seed, so every demo school is the same.
 */
const TR_FIRST = [
  'Ayşe',
  'Mehmet',
  'Elif',
  'Mustafa',
  'Zeynep',
  'Emre',
  'Şule',
  'Burak',
  'Gökçe',
  'Oğuz',
  'İrem',
  'Çağrı',
  'Derya',
  'Kaan',
  'Ömer',
  'Ece',
  'Tuğba',
  'Barış',
  'Selin',
  'Umut',
];
const TR_LAST = [
  'Yılmaz',
  'Kaya',
  'Demir',
  'Şahin',
  'Çelik',
  'Yıldız',
  'Öztürk',
  'Aydın',
  'Arslan',
  'Doğan',
  'Kılıç',
  'Aslan',
  'Çetin',
  'Koç',
  'Kurt',
  'Özdemir',
  'Güneş',
  'Erdoğan',
  'Aksoy',
  'Karaağaç',
];
const EU_FIRST = [
  'Lena',
  'Jonas',
  'Sophie',
  'Lukas',
  'Emma',
  'Mateo',
  'Lucía',
  'Hugo',
  'Chloé',
  'Liam',
  'Anna',
  'Finn',
  'Marta',
  'Pablo',
  'Ines',
  'Noah',
];
const EU_LAST = [
  'Müller',
  'Schneider',
  'Fischer',
  'García',
  'Martínez',
  'Dubois',
  'Moreau',
  'Jansen',
  'de Vries',
  'Rossi',
  'Bianchi',
  'Novák',
  'Kowalski',
  'Larsen',
  'Andersson',
  'Smith',
];
const CHILD = ['Can', 'Defne', 'Ada', 'Alp', 'Mia', 'Leo', 'Ela', 'Mila', 'Deniz', 'Nil'];
const TAGS = ['returning', 'vip', 'group', 'hotel-guest', 'newsletter', 'local', 'kids-camp'];

/** A small deterministic PRNG (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ascii = (s: string) =>
  s
    .toLocaleLowerCase('tr')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');

export interface DemoCustomer {
  key: string;
  guardianKey: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  phoneDigits: string | null;
  birthDate: string | null;
  weightKg: number | null;
  heightCm: number | null;
  skills: CustomerSkill[];
  tags: string[];
}

export function demoCustomers(count = 300): DemoCustomer[] {
  const next = random(20261124);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const people: DemoCustomer[] = [];
  for (let i = 0; i < count; i += 1) {
    const turkish = next() < 0.6;
    const first = pick(turkish ? TR_FIRST : EU_FIRST);
    const last = pick(turkish ? TR_LAST : EU_LAST);
    const phone = turkish
      ? `+90 5${30 + Math.floor(next() * 30)} ${100 + Math.floor(next() * 900)} ${10 + Math.floor(next() * 90)} ${10 + Math.floor(next() * 90)}`
      : `+49 15${Math.floor(next() * 10)} ${1000000 + Math.floor(next() * 9000000)}`;
    const year = 1960 + Math.floor(next() * 45);
    const skills = DISCIPLINES.filter(() => next() < 0.15).map((discipline) => ({
      discipline,
      level: pick(SKILL_LEVELS),
    }));
    people.push({
      key: `c${i}`,
      guardianKey: null,
      name: `${first} ${last}`,
      email: `${ascii(first)}.${ascii(last)}${i}@example.com`,
      phone,
      phoneDigits: phoneDigitsOf(phone),
      birthDate: `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
      weightKg: 50 + Math.floor(next() * 45),
      heightCm: 155 + Math.floor(next() * 40),
      skills,
      tags: TAGS.filter(() => next() < 0.12),
    });
    // About one in seven adults books for one or two children.
    if (next() < 0.15) {
      const children = next() < 0.5 ? 1 : 2;
      for (let c = 0; c < children; c += 1) {
        people.push({
          key: `c${i}-${c}`,
          guardianKey: `c${i}`,
          name: `${pick(CHILD)} ${last}`,
          email: null,
          phone: null,
          phoneDigits: null,
          birthDate: `${2012 + Math.floor(next() * 8)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
          weightKg: 25 + Math.floor(next() * 25),
          heightCm: 120 + Math.floor(next() * 40),
          skills: [],
          tags: ['kids-camp'],
        });
      }
    }
  }
  return people;
}
