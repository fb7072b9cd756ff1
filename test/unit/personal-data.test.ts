/**
 * The personal-data finder: 身份证号 with a valid check digit, mobile
 * numbers, Luhn-valid bank card numbers, always masked; and the numbers an
 * official document is full of that are not personal data.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData, mask, passesLuhn } from '../../src/checks/personal-data.ts';

const found = (text: string) => findPersonalData(text).map((f) => [f.kind, f.masked]);

describe('findPersonalData', () => {
  it('finds a 身份证号 with a valid check digit, X included, and masks it', () => {
    expect(found('申请人身份证号110101199003071233。')).toEqual([['身份证号', '1101**********1233']]);
    expect(found('证件号码：11010119900307125X')).toEqual([['身份证号', '1101**********125X']]);
    expect(found('证件号码：11010119900307125x')).toEqual([['身份证号', '1101**********125x']]);
  });

  it('does not take an 18-digit number with a wrong check digit or birth date for a 身份证号', () => {
    expect(found('编号 110101199003071234')).toEqual([]);
    expect(found('编号 110101199013071233')).toEqual([]);
  });

  it('finds mobile numbers, plain, grouped or with +86', () => {
    expect(found('联系人：王先生，13812345678')).toEqual([['手机号码', '138****5678']]);
    expect(found('电话 138 1234 5678 或 199-0000-1111')).toEqual([
      ['手机号码', '138****5678'],
      ['手机号码', '199****1111'],
    ]);
    expect(found('+86 13812345678；+8615912345678')).toEqual([
      ['手机号码', '138****5678'],
      ['手机号码', '159****5678'],
    ]);
  });

  it('finds bank card numbers that pass the Luhn check, plain or in groups of four', () => {
    expect(found('收款账号 6222021234567894')).toEqual([['银行卡号', '6222********7894']]);
    expect(found('账号：6217 0012 3456 7890 122')).toEqual([['银行卡号', '6217***********0122']]);
    expect(found('账号 6222021234567891')).toEqual([]);
  });

  it('does not match numbers of official documents', () => {
    const ordinary = [
      '索引号：11990000MB0000001X/2026-00031',
      '索引号：000014349/2017-00110',
      '发文字号：示交规〔2026〕13号；国办发〔2017〕47号',
      '成文日期：2026-03-02，发布日期：2026年3月9日 10:30，20260309',
      '联系电话：0371-65912345，0990-8812 3456，传真 (0371)65912346，服务热线 12328、400-123-4567',
      '邮编 450000，统一社会信用代码 91410000MA44XXXX0X，11410000005184541Y',
      '项目投资 13800000000 元',
      '订单号 1381234567812345',
      '时间戳 1735689600000',
      '文号 2026-13812345678-01',
    ];
    for (const text of ordinary) expect(found(text), text).toEqual([]);
  });

  it('takes eleven digits for a mobile number only in the layouts people write one in, not a row of figures', () => {
    expect(found('电话 147 8777 0801')).toEqual([['手机号码', '147****0801']]);
    expect(found('电话 1478 777 0801')).toEqual([['手机号码', '147****0801']]);
    // A table row read out of a PDF: 公路里程 147, 车辆 87770, 线路 801.
    expect(found('东阳市147 87770 801')).toEqual([]);
  });

  it('does not take digits out of a longer run', () => {
    expect(found('流水号 913812345678')).toEqual([]);
    expect(found('流水号 1381234567890')).toEqual([]);
    expect(found('编号 11101011990030712331')).toEqual([]);
  });
});

describe('mask and passesLuhn', () => {
  it('keeps the ends and masks the middle', () => {
    expect(mask('110101199003071233', 4, 4)).toBe('1101**********1233');
    expect(mask('138 1234 5678', 3, 4)).toBe('138****5678');
  });

  it('checks the Luhn digit', () => {
    expect(passesLuhn('6222021234567894')).toBe(true);
    expect(passesLuhn('6222021234567891')).toBe(false);
    expect(passesLuhn('79927398713')).toBe(true);
  });
});
