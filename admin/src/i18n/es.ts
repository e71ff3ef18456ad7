import type { TranslationMessages } from 'react-admin';
import { raSpanish } from './raSpanish';

export const es: TranslationMessages = {
    ...raSpanish,
    resources: {
        stages: {
            name: 'Etapa |||| Etapas',
            fields: {
                id: 'Identificador',
                cycleId: 'Ciclo',
                fiscalYear: 'Ejercicio fiscal',
                institutionId: 'Institución',
                institutionCode: 'Código de institución',
                institutionName: 'Institución',
                code: 'Código de etapa',
                name: 'Etapa',
                status: 'Estado',
                version: 'Versión',
                deadline: 'Plazo',
                overdue: 'Vencida',
                lastComment: 'Último comentario',
                updatedAt: 'Última actualización',
            },
        },
        'audit-events': {
            name: 'Evento de auditoría |||| Eventos de auditoría',
            fields: {
                id: 'Identificador',
                stageId: 'Etapa',
                institutionCode: 'Institución',
                action: 'Acción',
                actorName: 'Realizado por',
                comment: 'Comentario',
                version: 'Versión',
                at: 'Fecha y hora',
            },
        },
    },
    ciclo: {
        app_title: 'Ciclo',
        locale: { es: 'Español', en: 'English' },
        status: {
            draft: 'Borrador',
            submitted: 'Enviada',
            approved: 'Aprobada',
        },
        role: {
            admin: 'Administrador',
            coordinator: 'Coordinador',
            authority: 'Autoridad',
            planner: 'Planificador',
        },
        audit_action: {
            submitted: 'Enviada',
            approved: 'Aprobada',
            returned: 'Devuelta para corrección',
            reminder_sent: 'Recordatorio enviado',
            overdue: 'Plazo vencido',
        },
        action: {
            submit: 'Enviar',
            approve: 'Aprobar',
            return: 'Devolver',
            return_for_correction: 'Devolver para corrección',
            confirm: 'Confirmar',
            cancel: 'Cancelar',
            view_stage: 'Ver etapa',
            go_to_stages: 'Ver las etapas',
        },
        reason: {
            incomplete: 'Información incompleta',
            inconsistent: 'Inconsistencia con el presupuesto',
            other: 'Otro',
        },
        dialog: {
            submit_title: 'Enviar etapa',
            submit_content:
                'Se enviará «%{stage}» de %{institution} (versión %{version}) a la autoridad para su aprobación.',
            approve_title: 'Aprobar etapa',
            approve_content: 'Se aprobará «%{stage}» de %{institution} (versión %{version}).',
            return_title: 'Devolver para corrección',
            return_content:
                'Se devolverá «%{stage}» de %{institution} (versión %{version}) a la institución para que la corrija.',
            comment: 'Comentario',
            comment_optional: 'Comentario (opcional)',
            reason: 'Motivo',
        },
        notification: {
            submitted: 'Etapa enviada',
            approved: 'Etapa aprobada',
            returned: 'Etapa devuelta para corrección',
        },
        deadline: {
            due_today: 'vence hoy',
            due_in: 'vence en 1 día |||| vence en %{smart_count} días',
            late: '1 día de atraso |||| %{smart_count} días de atraso',
        },
        stage: {
            actions: 'Acciones',
            institution: 'Institución',
            history: 'Historial de la etapa',
            no_events: 'Aún no hay eventos registrados para esta etapa.',
        },
        dashboard: {
            title: 'Inicio',
            welcome: 'Le damos la bienvenida a Ciclo, %{name}.',
            role: 'Su rol: %{role}.',
            intro: 'Desde aquí se da seguimiento a las etapas del ciclo anual de planificación y presupuesto de las instituciones: envío, aprobación y devolución para corrección.',
        },
    },
};
