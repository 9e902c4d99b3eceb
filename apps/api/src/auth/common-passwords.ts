/**
 * Passwords of 10+ characters that show up at the top of breach lists. Short
 * ones are refused by length already. Compared lower-cased.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '0123456789', '12345678910', '123456789a', 'a123456789', '1q2w3e4r5t', '1qaz2wsx3edc', 'qwertyuiop',
  'qwerty1234', 'qwerty12345', 'qwerty123456', 'qwertyuiop1', 'asdfghjkl1', 'zxcvbnm123', 'password12', 'password123',
  'password1234', 'password12345', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123', 'iloveyou12', 'iloveyou123', 'princess12',
  'football12', 'football123', 'baseball123', 'basketball', 'basketball1', 'superman123', 'batman1234', 'starwars123',
  'letmein123', 'welcome123', 'welcome1234', 'trustno1234', 'sunshine123', 'monkey1234', 'dragon1234', 'master1234',
  'michael123', 'jennifer123', 'charlie123', 'computer12', 'computer123', 'whatever12', 'whatever123', 'changeme123',
  'administrator', 'admin12345', 'admin123456', 'administrator1', 'abc1234567', 'abcdefghij', 'abcdefg123', 'aaaaaaaaaa',
  '1111111111', '0000000000', '9876543210', '1234512345', '1234567891', '123123123123', '12341234', 'qazwsxedcrfv',
  'mypassword', 'mypassword1', 'mypassword123', 'secret1234', 'nextstep123', 'nextstep2026', 'jobseeker1', 'temporary1',
  'summer2026', 'winter2026', 'spring2026', 'autumn2026', 'summer2025', 'winter2025', 'password2025', 'password2026',
  'passwordpassword', 'qwertyqwerty', 'loveyou1234', 'hello12345', 'hellohello', 'google1234', 'samsung123',
]);
