import { expect, test } from './fixtures';

test('the engine’s reasons read in Korean: an access-matrix cell and the attack log', async ({
  app,
}) => {
  await app.getByRole('tab', { name: 'Policies' }).click();
  const panel = app.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Load the lesson’s policy' }).click();
  await panel.getByRole('button', { name: 'Apply policies' }).click();
  const legacyToPayment = panel.locator('td[data-cell="default/legacy>production/payment"]');
  await expect(legacyToPayment).toContainText('denied');
  await app.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await legacyToPayment.getByRole('button').focus();
  const tip = legacyToPayment.locator('.tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('일치하는 규칙이 없어 기본으로 거부합니다');
  await expect(tip).not.toContainText('denied by default');

  await app.locator('select.lang-select').selectOption('en');
  await app.getByRole('combobox', { name: 'Scenario' }).selectOption('attack-lab');
  await expect(app.getByRole('button', { name: /Pod mallory-1,/ })).toBeVisible();
  await app.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await app.getByRole('tab', { name: '이벤트' }).click();
  const log = app.getByRole('tabpanel');
  await expect(log).toContainText(
    'TokenReview가 토큰을 인증하지 않았습니다: 토큰이 묶인 Pod production/order-2가 더 이상 없습니다.',
  );
  await expect(log).toContainText('평문 연결 거부: 서버의 mTLS 모드: STRICT');
  await expect(log).toContainText('토큰의 audience(https://kubernetes.default.svc.cluster.local)');
  // The attack rows themselves (the scenario's `expect` rows quote the CLI's English on purpose).
  const attacks = log.locator('li[data-type="attack"]');
  await expect(attacks).toHaveCount(8);
  for (const row of await attacks.all()) {
    await expect(row).not.toContainText('invalid bearer token');
    await expect(row).not.toContainText('plaintext refused');
    await expect(row).not.toContainText('handshake failed');
  }
});
