// The console's "ciclo.user" messages (the people who sign in, their invitations), in Spanish and
// English (merged in es.ts and en.ts).
export const userMessages = {
  es: {
    created: 'Persona registrada: le enviamos por correo un enlace para elegir su contraseña.',
    password_set: 'Contraseña elegida',
    invitation_pending: 'Invitación pendiente',
    active_help: 'Una persona desactivada no puede iniciar sesión y sus sesiones abiertas se cierran; su historia se conserva.',
    institution_help: 'Vacía solo para administradores y coordinadores sin institución.',
    email_help: 'Recibirá en esta dirección el enlace para elegir su contraseña.',
    resend: 'Reenviar invitación',
    resend_title: 'Reenviar la invitación',
    resend_content: 'Se enviará a %{email} un nuevo enlace de un solo uso para elegir su contraseña.',
    invitation_sent: 'Enlace enviado a %{email}; vence el %{date}',
  },
  en: {
    created: 'Person registered: we mailed them a link to choose their password.',
    password_set: 'Password chosen',
    invitation_pending: 'Invitation pending',
    active_help: 'A deactivated person cannot sign in and their open sessions are ended; their history stays.',
    institution_help: 'Empty only for administrators and coordinators with no institution.',
    email_help: 'The link to choose a password goes to this address.',
    resend: 'Resend invitation',
    resend_title: 'Resend the invitation',
    resend_content: 'A new one-time link to choose a password will be mailed to %{email}.',
    invitation_sent: 'Link sent to %{email}; it expires on %{date}',
  },
};
