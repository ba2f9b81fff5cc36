import { expect, test } from './fixtures';

test('a bad replica count is refused with Kubernetes’ message and changes nothing; 0 empties the Deployment', async ({
  app,
}) => {
  await app.getByRole('tab', { name: 'Pod' }).click();
  const field = app.getByLabel('Replicas of production/order');
  const row = field.locator('xpath=../..');
  const scale = row.getByRole('button', { name: 'Scale' });
  const status = row.locator('xpath=..').getByRole('status');
  const pods = app.locator('.mesh [data-pod]');
  await expect(pods).toHaveCount(4);
  const clock = await app.locator('output.time').textContent();
  for (const [text, message] of [
    ['-1', 'Invalid value: -1: must be greater than or equal to 0'],
    ['1e9', 'must be less than or equal to 500'],
    [
      '2.5',
      'cannot unmarshal number 2.5 into Go struct field DeploymentSpec.spec.replicas of type int32',
    ],
    [
      'abc',
      'cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    ],
  ] as const) {
    await field.fill(text);
    await expect(status).toContainText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(scale).toBeDisabled();
  }
  await expect(pods).toHaveCount(4);
  await expect(app.locator('output.time')).toHaveText(clock ?? '');

  await field.fill('0');
  await expect(status).toHaveText('');
  await scale.click();
  await expect(app.locator('.mesh [data-pod^="production/order-"]')).toHaveCount(0);
  await expect(pods).toHaveCount(2);
});
