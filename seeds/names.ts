import type { Random } from './random.js';

/**
 * Word lists for fictional but plausible names: pinyin-style place names built from two syllables,
 * Chinese personal names composed from common surnames and given-name characters, and the naming
 * patterns of the units found in an urban district.
 */

const FIRST_SYLLABLES = [
  'An', 'Bai', 'Bao', 'Bei', 'Chang', 'Cheng', 'Chun', 'Da', 'De', 'Dong', 'Fu', 'Feng', 'Gao', 'Guang', 'Hai', 'He', 'Heng',
  'Hong', 'Hua', 'Hui', 'Jia', 'Jin', 'Jing', 'Kang', 'Lan', 'Le', 'Li', 'Lin', 'Long', 'Mei', 'Ming', 'Nan', 'Ning', 'Ping',
  'Qing', 'Rui', 'Shun', 'Song', 'Tai', 'Tian', 'Tong', 'Wan', 'Wen', 'Xi', 'Xin', 'Xing', 'Xiu', 'Yang', 'Yong', 'Yu', 'Yuan',
  'Yun', 'Zhong', 'Zhu',
] as const;

// Second syllables start with a consonant so that no apostrophe is needed between syllables (Xi'an).
const SECOND_SYLLABLES = [
  'bei', 'cheng', 'chun', 'dian', 'feng', 'fu', 'gang', 'he', 'hu', 'hua', 'jiang', 'jing', 'kang', 'le', 'li', 'lin', 'men',
  'ming', 'ning', 'ping', 'pu', 'qiao', 'quan', 'shan', 'sheng', 'shui', 'tai', 'tan', 'tang', 'ting', 'xin', 'xing', 'xiu',
  'yang', 'ying', 'yuan', 'yun', 'zhou', 'zhuang',
] as const;

/** A two-syllable pinyin-style name such as "Qinghe" or "Donghu". */
export function placeWord(random: Random): string {
  for (;;) {
    const first = random.pick(FIRST_SYLLABLES);
    const second = random.pick(SECOND_SYLLABLES);
    if (first.toLowerCase() !== second) return first + second;
  }
}

/**
 * Hands out names that are unique within one namespace (communities, estates, firms...). When the
 * word space runs short at large scales, it falls back to the numbered variants used in practice
 * ("Donghu No. 2").
 */
export class NameRegistry {
  private readonly used = new Set<string>();
  private readonly lastNumber = new Map<string, number>();

  constructor(private readonly random: Random) {}

  take(make: (random: Random) => string, attempts = 40): string {
    let candidate = make(this.random);
    for (let attempt = 1; attempt < attempts && this.used.has(candidate); attempt += 1) candidate = make(this.random);
    if (this.used.has(candidate)) {
      const base = candidate;
      let number = this.lastNumber.get(base) ?? 1;
      do {
        number += 1;
        candidate = `${base} No. ${number}`;
      } while (this.used.has(candidate));
      this.lastNumber.set(base, number);
    }
    this.used.add(candidate);
    return candidate;
  }
}

export const ROAD_SUFFIXES = [['Road', 6], ['Street', 3], ['Avenue', 1], ['Lane', 1]] as const;
export const ESTATE_SUFFIXES = [
  ['Garden', 4], ['Residence', 2], ['Court', 2], ['Homes', 1], ['Xincun', 2], ['Apartments', 1], ['Mansion', 1], ['Yuan', 2],
] as const;

// Surnames weighted by their approximate share of the population.
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71], ['李', 70], ['张', 67], ['刘', 54], ['陈', 45], ['杨', 31], ['黄', 22], ['赵', 20], ['吴', 19], ['周', 19], ['徐', 14],
  ['孙', 14], ['马', 13], ['朱', 13], ['胡', 12], ['郭', 11], ['何', 11], ['高', 10], ['林', 10], ['罗', 9], ['郑', 9], ['梁', 8],
  ['谢', 7], ['宋', 6], ['唐', 6], ['许', 6], ['韩', 6], ['冯', 5], ['邓', 5], ['曹', 5], ['彭', 5], ['曾', 5], ['肖', 5], ['田', 4],
  ['董', 4], ['袁', 4], ['潘', 4], ['于', 4], ['蒋', 4], ['蔡', 4], ['余', 4], ['杜', 4], ['叶', 4], ['程', 3], ['苏', 3], ['魏', 3],
  ['吕', 3], ['丁', 3], ['任', 3], ['沈', 3],
];

const FEMININE_CHARACTERS = [...'秀兰英华芳丽敏静艳娟霞桂玉云红琳婷欣佳雪梅丹凤萍慧莉燕洁倩颖晶蓉琴淑珍'];
const MASCULINE_CHARACTERS = [...'明国建军平伟强磊洋勇杰涛超刚峰波辉鹏斌宇浩凯健俊帆旭宁龙林晨兵志德海春金荣晓文博鑫亮成新永学民振东忠庆福生家立光卫'];

/**
 * Well-known public figures whose names the composition could produce. The sample data must never
 * name a real, identifiable person, so these are drawn again.
 */
const PUBLIC_FIGURES = new Set([
  '马云', '李强', '王毅', '姚明', '刘翔', '李娜', '王菲', '赵薇', '李宁', '韩寒', '周迅', '孙俪', '杨幂', '刘涛', '胡歌', '黄渤', '林丹',
  '王楠', '马龙', '丁宁', '朱婷', '孙杨', '刘洋', '张杰', '雷军', '韩正', '蔡奇', '李希', '王晨', '刘鹤', '陈希', '汪洋', '秦刚', '王石',
  '丁磊', '王兴', '程维', '莫言', '巴金', '老舍', '金庸', '余华', '韩红', '刘欢', '董卿', '于丹', '那英', '王源', '成龙', '巩俐', '朱德',
  '陈云', '贺龙', '李鹏', '乔石', '郎平', '尹力', '王健林', '董明珠', '刘德华', '邓亚萍', '王亚平', '景海鹏', '杨利伟', '袁隆平', '钟南山',
  '马化腾', '李彦宏', '任正非', '刘强东', '许家印', '宗庆后', '郭台铭', '张继科', '刘国梁', '郭晶晶', '谷爱凌', '苏炳添', '惠若琪', '李宇春',
  '胡锦涛', '温家宝', '江泽民', '朱镕基', '习近平', '李克强', '王沪宁', '赵乐际', '丁薛祥', '王岐山', '张德江', '俞正声', '刘云山', '张高丽',
  '李源潮', '郭声琨', '黄坤明', '杨洁篪', '孙春兰', '胡春华', '陈敏尔', '李鸿忠', '张又侠', '许其亮', '何立峰', '李书磊', '陈文清', '石泰峰',
  '袁家军', '马兴瑞', '王小洪', '张国清', '刘国中', '吴政隆', '谌贻琴', '张学友', '周杰伦', '李连杰', '王俊凯', '杨振宁', '屠呦呦', '张艺谋',
  '陈凯歌', '章子怡', '范冰冰', '赵本山', '冯小刚', '邓小平', '毛泽东', '周恩来', '刘少奇', '彭德怀', '李瑞环', '吴邦国', '贾庆林', '李长春',
  '贺国强', '周永康', '张朝阳', '陈天桥', '史玉柱', '柳传志', '潘石屹', '张一鸣', '黄峥', '白岩松', '撒贝宁', '易中天', '彭丽媛', '宋祖英',
  '毛阿敏', '王小川', '郭晶', '王军霞', '刘晓波', '李小龙', '周润发', '梁朝伟', '刘亦菲', '赵丽颖', '杨紫', '王一博', '肖战', '易建联',
]);

/** A fictional Chinese personal name: a common surname and a one- or two-character given name. */
export function personName(random: Random): string {
  for (;;) {
    const surname = random.weighted(SURNAMES);
    const characters = random.chance(0.55) ? FEMININE_CHARACTERS : MASCULINE_CHARACTERS;
    const first = random.pick(characters);
    let given = first;
    if (random.chance(0.78)) {
      const second = random.pick(characters);
      if (second === first && !random.chance(0.15)) continue;
      given += second;
    }
    const name = surname + given;
    if (!PUBLIC_FIGURES.has(name)) return name;
  }
}

/** A phone number on the unallocated 100 prefix, so that it can never reach a real subscriber. */
export function syntheticPhone(random: Random): string {
  return `100${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

export const ENTERPRISE_INDUSTRIES: readonly (readonly [string, number])[] = [
  ['Trading', 10], ['Technology', 8], ['Catering', 8], ['Property Management', 5], ['Construction and Decoration', 5], ['Logistics', 4],
  ['Information Technology', 5], ['Culture and Media', 3], ['Medical Devices', 2], ['Education Consulting', 3], ['Supermarket', 4],
  ['Pharmacy', 3], ['Auto Repair', 3], ['Housekeeping Services', 4], ['Environmental Services', 2], ['Electronics', 2], ['Printing', 1],
  ['Real Estate Agency', 3], ['Fitness', 2], ['Elderly Care Services', 2], ['Courier Services', 3], ['Hotel Management', 2],
  ['Business Consulting', 3], ['Design', 2], ['Food Processing', 2], ['Garment', 1],
];

export const COMMUNITY_SOCIAL_ORGANIZATION_TYPES = [
  'Elderly Association', 'Calligraphy and Painting Society', 'Residents\' Mediation Group', 'Mutual Aid Society', 'Chorus',
  'Parents\' Association', 'Tai Chi Club', 'Neighbourhood Watch Association', 'Reading Club', 'Gardening Club', 'Square Dance Troupe',
  'Disabled Residents\' Mutual Support Group', 'Youth Association', 'Women\'s Federation Branch', 'Veterans\' Association',
  'Photography Society', 'Opera Appreciation Society', 'Health Promotion Association',
] as const;

export const SUBDISTRICT_SOCIAL_ORGANIZATION_TYPES = [
  'Chamber of Commerce', 'Disabled Persons\' Association', 'Elderly Sports Association', 'Culture and Arts Association',
  'Science Popularisation Association', 'Private Enterprise Association',
] as const;

export const DISTRICT_SOCIAL_ORGANIZATION_TYPES = [
  'Private Education Association', 'Catering Industry Association', 'Individual Workers\' Association', 'Property Management Association',
  'Social Work Association', 'Volunteers\' Federation', 'Elderly Care Industry Association', 'Housekeeping Industry Association',
] as const;

export const PRIVATE_NON_ENTERPRISE_TYPES = [
  'Rehabilitation Centre', 'Training School', 'Community Service Centre', 'Day Care Centre for the Elderly', 'Art Education Centre',
  'Legal Service Centre', 'Psychological Counselling Centre', 'Child Development Centre',
] as const;

export const PROFESSIONAL_SERVICE_TYPES = [
  'Social Work Service Centre', 'Social Work Agency', 'Community Service Development Centre', 'Family Support Service Centre',
  'Elderly Social Work Service Centre', 'Youth Social Work Service Centre',
] as const;

export const CHARITY_TYPES = ['Charity Foundation', 'Charitable Assistance Centre', 'Education Aid Foundation', 'Public Welfare Foundation', 'Charity Association'] as const;

export const COMMUNITY_VOLUNTEER_TEAM_TYPES = [
  'Party Member Volunteer Team', 'Red Vest Volunteer Team', 'Elderly Care Volunteer Team', 'Neighbourhood Patrol Volunteer Team',
  'Environmental Volunteer Team', 'Youth Volunteer Team', 'Legal Aid Volunteer Team', 'Civilisation Practice Volunteer Team',
] as const;

/** District bureaus in the order in which a small district gets them: the parents of stationed units come first. */
export const DISTRICT_BUREAUS = [
  'Public Security Sub-bureau', 'Justice Bureau', 'Market Supervision Bureau', 'Urban Management and Law Enforcement Bureau',
  'Education Commission', 'Health Commission', 'Civil Affairs Bureau', 'Culture and Tourism Bureau',
  'Housing and Urban-Rural Development Commission', 'Human Resources and Social Security Bureau', 'Ecology and Environment Bureau',
  'Emergency Management Bureau', 'Veterans Affairs Bureau', 'Finance Bureau', 'Development and Reform Commission',
  'Science and Technology Bureau', 'Commerce Bureau', 'Sports Bureau',
] as const;

export type DistrictBureau = (typeof DISTRICT_BUREAUS)[number];
