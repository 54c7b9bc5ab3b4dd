/** The server's rule (等保 2.0), shown as a hint; the server checks it and names the failing part. */
export const PASSWORD_POLICY_HINT = '至少10位，含大写、小写、数字、符号中的三类，不含用户名'
