import { parsePolicyCsv } from '../../bot/settings/policy-csv';

describe('parsePolicyCsv (a Get-CsOnlineUser export)', () => {
  it('reads Export-Csv output: the #TYPE line, quotes, extra columns in any order, tag: prefixes, empty = Global', () => {
    const csv = [
      '#TYPE Selected.System.Management.Automation.PSCustomObject',
      '"DisplayName","OnlineDialOutPolicy","UserPrincipalName"',
      '"Camille Martin","tag:DialoutCPCandPSTNDisabled","camille@contoso.example"',
      '"Avery Chen","","avery@contoso.example"',
      '',
      '"João Silva","dialoutcpczoneapstninternational","joao@contoso.example"',
    ].join('\r\n');
    expect(parsePolicyCsv(csv)).toEqual({
      ok: true,
      value: {
        errors: [],
        rows: [
          { line: 3, userPrincipalName: 'camille@contoso.example', policyName: 'DialoutCPCandPSTNDisabled' },
          { line: 4, userPrincipalName: 'avery@contoso.example', policyName: 'Global' },
          { line: 6, userPrincipalName: 'joao@contoso.example', policyName: 'DialoutCPCZoneAPSTNInternational' },
        ],
      },
    });
  });

  it.each([
    ['missing columns', 'UPN,Policy\na@b.example,Global\n', [{ line: 1, code: 'missing-column', column: 'UserPrincipalName' }, { line: 1, code: 'missing-column', column: 'OnlineDialOutPolicy' }]],
    ['no data rows', 'UserPrincipalName,OnlineDialOutPolicy\n', [{ line: 1, code: 'empty-file' }]],
    ['an unclosed quote', 'UserPrincipalName,OnlineDialOutPolicy\n"a@b.example,Global\n', [{ line: 2, code: 'csv-syntax' }]],
  ])('fails the file on %s', (_name, csv, errors) => {
    expect(parsePolicyCsv(csv)).toEqual({ ok: false, error: errors });
  });

  it('reports every bad line and keeps the good ones', () => {
    const csv = [
      'UserPrincipalName,OnlineDialOutPolicy',
      'camille@contoso.example,DialoutCPCandPSTNDisabled',
      ',Global',
      'not-an-upn,Global',
      'avery@contoso.example,DialoutToTheMoon',
      'CAMILLE@contoso.example,Global',
      'joao@contoso.example,Global,extra',
    ].join('\n');
    const parsed = parsePolicyCsv(csv);
    if (!parsed.ok) throw new Error('file refused');
    expect(parsed.value.rows).toEqual([{ line: 2, userPrincipalName: 'camille@contoso.example', policyName: 'DialoutCPCandPSTNDisabled' }]);
    expect(parsed.value.errors).toEqual([
      { line: 3, code: 'missing-user', column: 'UserPrincipalName' },
      { line: 4, code: 'invalid-user-principal-name', column: 'UserPrincipalName', value: 'not-an-upn' },
      { line: 5, code: 'unknown-policy', column: 'OnlineDialOutPolicy', value: 'DialoutToTheMoon' },
      { line: 6, code: 'duplicate-user', column: 'UserPrincipalName', value: '2' },
      { line: 7, code: 'wrong-column-count', value: '3' },
    ]);
  });
});
