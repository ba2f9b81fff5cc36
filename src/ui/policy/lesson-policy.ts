/** The lesson's AuthorizationPolicy (part 7): only order-sa may call payment. */
export const LESSON_POLICY = `# Only workloads running as order-sa may call payment.
# The lesson's text wrote ns/default here,
# but order-sa lives in production.
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: payment-allow-order
  namespace: production
spec:
  selector:
    matchLabels:
      app: payment
  action: ALLOW
  rules:
  - from:
    - source:
        principals: ["cluster.local/ns/production/sa/order-sa"]
`;
