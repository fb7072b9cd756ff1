/**
 * The rules of a 政府信息公开申请 (条例第二十九条): who applies (a citizen with
 * an identity document, or an organisation with its 统一社会信用代码), how to
 * reach them, what information is wanted (a name, a document number or a
 * description precise enough to search by) and how it should be provided.
 *
 * Pure functions over plain values, so the same rules run in the browser
 * and in unit tests; each problem names the form control it belongs to and
 * says, in Chinese, what to do.
 */
import { isCreditCode, isResidentIdNumber } from '../../utils/id-codes.ts';

export const ID_TYPES = [
  '居民身份证',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '护照',
  '外国人永久居留身份证',
  '其他有效证件',
] as const;
export const MEDIA = ['纸质文本', '电子文档', '光盘'] as const;
export const METHODS = ['邮寄', '电子邮件', '当面领取', '传真'] as const;

export interface Application {
  applicantType: '' | '公民' | '法人或者其他组织';
  name: string;
  workUnit: string;
  idType: string;
  idNumber: string;
  orgName: string;
  orgCode: string;
  legalRep: string;
  contactName: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  fax: string;
  infoTitle: string;
  infoDocNo: string;
  infoDescription: string;
  media: string[];
  methods: string[];
}

export interface Problem {
  /** The `name` of the form control (for groups, of its first box). */
  field: keyof Application;
  message: string;
}

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Names of the fields as the form and the printed 申请表 label them. */
export const FIELD_LABELS: Record<keyof Application, string> = {
  applicantType: '申请人类型',
  name: '姓名',
  workUnit: '工作单位',
  idType: '证件名称',
  idNumber: '证件号码',
  orgName: '名称',
  orgCode: '统一社会信用代码',
  legalRep: '法定代表人或负责人',
  contactName: '联系人姓名',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  postcode: '邮政编码',
  fax: '传真',
  infoTitle: '所需信息的名称',
  infoDocNo: '文号',
  infoDescription: '所需信息的特征性描述',
  media: '信息载体形式',
  methods: '获取信息的方式',
};

const LENGTH_LIMITS: Partial<Record<keyof Application, number>> = {
  name: 40,
  workUnit: 100,
  orgName: 100,
  legalRep: 40,
  contactName: 40,
  address: 200,
  infoTitle: 200,
  infoDocNo: 100,
  infoDescription: 1000,
};
/** A description alone must say enough to search by. */
const MIN_DESCRIPTION = 10;

const compact = (s: string) => s.replace(/[\s\u3000]/g, '');

export function validateApplication(a: Application): Problem[] {
  const problems: Problem[] = [];
  const need = (field: keyof Application, message: string) => {
    if (!String(a[field]).trim()) problems.push({ field, message });
  };

  if (!a.applicantType)
    problems.push({ field: 'applicantType', message: '请选择申请人类型：公民，或者法人或者其他组织' });
  if (a.applicantType === '公民') {
    need('name', '请填写申请人姓名');
    need('idType', '请选择身份证件名称');
    if (!a.idNumber.trim()) problems.push({ field: 'idNumber', message: '请填写身份证件号码' });
    else if (a.idType === '居民身份证' && !isResidentIdNumber(compact(a.idNumber))) {
      problems.push({ field: 'idNumber', message: '居民身份证号码应为18位，且出生日期和最后一位校验码正确，请核对' });
    } else if (a.idType !== '居民身份证' && !/^[A-Za-z0-9()（）-]{5,30}$/.test(compact(a.idNumber))) {
      problems.push({ field: 'idNumber', message: '证件号码应为5至30位字母或数字，请核对' });
    }
  }
  if (a.applicantType === '法人或者其他组织') {
    need('orgName', '请填写法人或者其他组织的名称');
    if (!a.orgCode.trim()) problems.push({ field: 'orgCode', message: '请填写统一社会信用代码' });
    else if (!isCreditCode(compact(a.orgCode))) {
      problems.push({ field: 'orgCode', message: '统一社会信用代码应为18位字母或数字，且最后一位校验码正确，请核对' });
    }
    need('legalRep', '请填写法定代表人或者主要负责人姓名');
    need('contactName', '请填写联系人姓名');
  }

  if (!a.phone.trim()) problems.push({ field: 'phone', message: '请填写联系电话，以便告知补正、答复等事项' });
  else if (!PHONE.test(compact(a.phone))) {
    problems.push({ field: 'phone', message: '联系电话应为11位手机号码，或带区号的固定电话，例如 0990-88123456' });
  }
  const byEmail = a.methods.includes('电子邮件');
  const byPost = a.methods.includes('邮寄');
  const byFax = a.methods.includes('传真');
  if (!a.email.trim()) {
    if (byEmail) problems.push({ field: 'email', message: '选择以电子邮件获取信息时，请填写电子邮箱' });
  } else if (!EMAIL.test(a.email.trim()))
    problems.push({ field: 'email', message: '电子邮箱格式不正确，例如 name@example.com' });
  if (byPost) need('address', '选择邮寄获取信息时，请填写通信地址');
  if (!a.postcode.trim()) {
    if (byPost) problems.push({ field: 'postcode', message: '选择邮寄获取信息时，请填写邮政编码' });
  } else if (!/^\d{6}$/.test(compact(a.postcode))) problems.push({ field: 'postcode', message: '邮政编码应为6位数字' });
  if (!a.fax.trim()) {
    if (byFax) problems.push({ field: 'fax', message: '选择以传真获取信息时，请填写传真号码' });
  } else if (!/^0\d{2,3}-?\d{7,8}$/.test(compact(a.fax)))
    problems.push({ field: 'fax', message: '传真号码应为带区号的号码，例如 0990-88123457' });

  const title = a.infoTitle.trim();
  const docNo = a.infoDocNo.trim();
  const description = a.infoDescription.trim();
  if (!title && !docNo && !description) {
    problems.push({ field: 'infoTitle', message: '请至少填写所需信息的名称、文号或者特征性描述中的一项' });
  } else if (!title && !docNo && Array.from(description).length < MIN_DESCRIPTION) {
    problems.push({
      field: 'infoDescription',
      message: `只填写描述时，请写明便于查找的特征（如时间、地点、项目名称），不少于${MIN_DESCRIPTION}个字`,
    });
  }
  for (const [field, limit] of Object.entries(LENGTH_LIMITS) as Array<[keyof Application, number]>) {
    if (Array.from(String(a[field])).length > limit)
      problems.push({ field, message: `${FIELD_LABELS[field]}不能超过${limit}个字` });
  }
  if (a.media.length === 0) problems.push({ field: 'media', message: '请选择至少一种信息载体形式' });
  if (a.methods.length === 0) problems.push({ field: 'methods', message: '请选择至少一种获取信息的方式' });
  return problems;
}
