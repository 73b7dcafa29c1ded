/** Spanish text for the error codes next-auth hands back to the sign-in form. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith('rate-limited:')) {
    const minutes = Math.max(1, Math.ceil(Number(code.split(':')[1]) / 60));
    return `Demasiados intentos fallidos. Espera ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'} y vuelve a intentarlo.`;
  }
  if (code === 'invalid' || code === 'CredentialsSignin') return 'Correo o contraseña incorrectos.';
  if (code === 'OAuthAccountNotLinked' || code.startsWith('OAuth')) return 'No se pudo entrar con GitHub. Inténtalo de nuevo.';
  if (code === 'SessionRequired') return 'Inicia sesión para continuar.';
  return 'No se pudo iniciar sesión. Inténtalo de nuevo.';
}
