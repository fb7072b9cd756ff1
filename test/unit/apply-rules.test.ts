/** The 条例第二十九条 application rules, as the form runs them in the browser. */
import { describe, expect, it } from 'vitest';
import { validateApplication, type Application } from '../../src/browser/apply/rules.ts';
import { creditCodeCheckChar, isCreditCode, isResidentIdNumber } from '../../src/utils/id-codes.ts';

const empty: Application = {
  applicantType: '',
  name: '',
  workUnit: '',
  idType: '',
  idNumber: '',
  orgName: '',
  orgCode: '',
  legalRep: '',
  contactName: '',
  phone: '',
  email: '',
  address: '',
  postcode: '',
  fax: '',
  infoTitle: '',
  infoDocNo: '',
  infoDescription: '',
  media: [],
  methods: [],
};
const citizen: Application = {
  ...empty,
  applicantType: '公民',
  name: '张三',
  idType: '居民身份证',
  idNumber: '11010519491231002X',
  phone: '13800138000',
  infoTitle: '云川东站至北岸县班线调整的批复',
  media: ['电子文档'],
  methods: ['当面领取'],
};
const fields = (a: Application) => validateApplication(a).map((p) => p.field);

describe('identity numbers', () => {
  it('checks the 居民身份证 check digit and birth date', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    expect(isResidentIdNumber('11010519491331002X')).toBe(false);
    expect(isResidentIdNumber('1101051949123100')).toBe(false);
  });

  it('checks the 统一社会信用代码 check character', () => {
    const body = '91350100M000100Y4';
    const code = body + creditCodeCheckChar(body);
    expect(isCreditCode(code)).toBe(true);
    expect(isCreditCode(body + (code.endsWith('0') ? '1' : '0'))).toBe(false);
    expect(isCreditCode('91990101MA6043894I')).toBe(false); // I is not in the alphabet
  });
});

describe('validateApplication', () => {
  it('accepts a complete citizen application', () => {
    expect(validateApplication(citizen)).toEqual([]);
  });

  it('asks for the applicant type, a phone, something to search by, a medium and a method', () => {
    expect(fields(empty)).toEqual(['applicantType', 'phone', 'infoTitle', 'media', 'methods']);
  });

  it('asks a citizen for name and identity document', () => {
    expect(fields({ ...citizen, name: ' ', idType: '', idNumber: '' })).toEqual(['name', 'idType', 'idNumber']);
  });

  it('explains a wrong 身份证 number, and takes other documents by shape', () => {
    expect(validateApplication({ ...citizen, idNumber: '110105194912310021' })).toEqual([
      { field: 'idNumber', message: '居民身份证号码应为18位，且出生日期和最后一位校验码正确，请核对' },
    ]);
    expect(validateApplication({ ...citizen, idType: '护照', idNumber: 'E12345678' })).toEqual([]);
    expect(fields({ ...citizen, idType: '护照', idNumber: '1' })).toEqual(['idNumber']);
  });

  it('asks an organisation for its name, a valid credit code, its head and a contact person', () => {
    const org = { ...citizen, applicantType: '法人或者其他组织' as const, name: '', idType: '', idNumber: '' };
    expect(fields(org)).toEqual(['orgName', 'orgCode', 'legalRep', 'contactName']);
    const ok = {
      ...org,
      orgName: '甲运输有限公司',
      orgCode: '91990101MA6043894Q',
      legalRep: '周某',
      contactName: '钱某',
    };
    expect(validateApplication(ok)).toEqual([]);
    expect(validateApplication({ ...ok, orgCode: '91990101MA6043894R' })[0]!.message).toContain('校验码');
  });

  it('requires the contact detail the chosen way of delivery needs', () => {
    expect(fields({ ...citizen, methods: ['电子邮件'] })).toEqual(['email']);
    expect(fields({ ...citizen, methods: ['邮寄'] })).toEqual(['address', 'postcode']);
    expect(fields({ ...citizen, methods: ['传真'] })).toEqual(['fax']);
    expect(
      validateApplication({
        ...citizen,
        methods: ['邮寄', '电子邮件'],
        email: 'a@b.cn',
        address: '云川市滨江大道1号',
        postcode: '990001',
      }),
    ).toEqual([]);
  });

  it('checks the shape of phone, e-mail, postcode and fax when given', () => {
    expect(fields({ ...citizen, phone: '12345' })).toEqual(['phone']);
    expect(validateApplication({ ...citizen, phone: '0990-88123456' })).toEqual([]);
    expect(fields({ ...citizen, email: 'not-an-address' })).toEqual(['email']);
    expect(fields({ ...citizen, postcode: '99001' })).toEqual(['postcode']);
    expect(fields({ ...citizen, fax: '88123457' })).toEqual(['fax']);
  });

  it('takes a name, a 文号 or a description precise enough to search by', () => {
    const none = { ...citizen, infoTitle: '' };
    expect(fields(none)).toEqual(['infoTitle']);
    expect(validateApplication({ ...none, infoDocNo: '示交规〔2025〕3号' })).toEqual([]);
    expect(fields({ ...none, infoDescription: '班线文件' })).toEqual(['infoDescription']);
    expect(validateApplication({ ...none, infoDescription: '2025年云川东站至北岸县班线调整的批复文件' })).toEqual([]);
  });

  it('limits lengths and names the field in the message', () => {
    expect(validateApplication({ ...citizen, infoDescription: '字'.repeat(1001) })).toEqual([
      { field: 'infoDescription', message: '所需信息的特征性描述不能超过1000个字' },
    ]);
  });
});
