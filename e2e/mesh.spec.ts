import { expect, expectNoAxeViolations, test } from './fixtures';

test('a handshake from order to payment steps message by message and shows the principal', async ({
  app,
}) => {
  await app.getByRole('tab', { name: 'Handshake' }).click();
  const panel = app.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Make the call' }).click();
  await expect(panel.getByTestId('principal')).toHaveText(
    'cluster.local/ns/production/sa/order-sa',
  );
  await expect(panel).toContainText('x-forwarded-client-cert');
  await expect(panel).toContainText('Message 1: ClientHello');
  await panel.getByRole('button', { name: /Next message/ }).click();
  await expect(panel).toContainText('Message 2: ServerHello');
  // The verdict comes after the messages, not above them.
  const sequence = await panel.getByRole('button', { name: /Next message/ }).boundingBox();
  const verdict = await panel.locator('.verdict').first().boundingBox();
  expect(verdict && sequence && verdict.y > sequence.y).toBe(true);
  await expectNoAxeViolations(app);
});

test('applying the lesson’s AuthorizationPolicy changes the access matrix', async ({ app }) => {
  await app.getByRole('tab', { name: 'Policies' }).click();
  const panel = app.getByRole('tabpanel');
  const legacyToPayment = panel.locator('td[data-cell="default/legacy>production/payment"]');
  const orderToPayment = panel.locator('td[data-cell="production/order>production/payment"]');
  await expect(legacyToPayment).toContainText('allowed');
  await panel.getByRole('button', { name: 'Load the lesson’s policy' }).click();
  await expect(panel).toContainText('No errors.');
  await expectNoAxeViolations(app);
  await panel.getByRole('button', { name: 'Apply policies' }).click();
  await expect(legacyToPayment).toContainText('denied');
  await expect(orderToPayment).toContainText('allowed');
  await expect(panel).toContainText('AuthorizationPolicy production/payment-allow-order');
  await legacyToPayment.getByRole('button').focus();
  await expect(legacyToPayment.locator('.tip')).toBeVisible();
});

test('broken YAML gives a clear error beside the input and changes nothing', async ({ app }) => {
  const pods = app.getByRole('group', { name: /The mesh/ }).getByRole('button', { name: /^Pod / });
  await expect(pods).toHaveCount(4);
  const yaml = app.getByRole('textbox', { name: /Manifests to apply/ });
  const broken = 'apiVersion: v1\nkind: Pod\nmetadata: {name: broken\nspec: [';
  await yaml.fill(broken);
  await app.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(app.getByText(/Not applied: line \d+/)).toBeVisible();
  await expect(yaml).toHaveValue(broken);
  await expect(pods).toHaveCount(4);

  await app.getByRole('tab', { name: 'Policies' }).click();
  const policy = app.getByRole('textbox', { name: /Policy YAML/ });
  await policy.fill(
    'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: x, namespace: production}\nspec:\n  action: MAYBE\n',
  );
  await expect(app.getByRole('tabpanel')).toContainText(/line 5: .*action/);
  await app.getByRole('button', { name: 'Apply policies' }).click();
  await expect(app.getByRole('tabpanel')).toContainText('No AuthorizationPolicy');
  await expect(policy).toHaveValue(/MAYBE/);
});

test('the SPIFFE ID explorer names every broken rule with its position', async ({ app }) => {
  await app.getByRole('tab', { name: 'SPIFFE ID' }).click();
  const panel = app.getByRole('tabpanel');
  const input = panel.getByRole('textbox', { name: 'SPIFFE ID to check' });
  await expect(panel).toContainText(
    'Istio reads this as namespace production, ServiceAccount order-sa.',
  );
  await expect(panel).toContainText('production/order-1');
  await input.fill('spiffe://Cluster.local/ns/production/sa/payment');
  await expect(panel).toContainText("found 'C' at position 10");
  await expect(panel).toContainText('at position 10 (SPIFFE-ID 2.1');
  await expectNoAxeViolations(app);
});

test('changes survive a reload and Reset forgets them', async ({ app }) => {
  await app.getByRole('button', { name: /Pod order-1,/ }).click();
  await app.getByRole('button', { name: 'Delete pod' }).click();
  await expect(app.getByRole('button', { name: /Pod order-3,/ })).toBeVisible();
  await app.reload();
  await expect(app.getByRole('button', { name: /Pod order-3,/ })).toBeVisible({ timeout: 20_000 });
  await expect(app.getByRole('button', { name: /Pod order-1,/ })).toHaveCount(0);
  app.once('dialog', (d) => void d.accept());
  await app.getByRole('button', { name: 'Reset' }).click();
  await expect(app.getByRole('button', { name: /Pod order-1,/ })).toBeVisible();
});
