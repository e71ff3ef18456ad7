import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

export const en: TranslationMessages = {
    ...englishMessages,
    ra: {
        ...englishMessages.ra,
        auth: {
            ...englishMessages.ra.auth,
            // The login form's "username" field is the user's email address.
            username: 'Email',
        },
    },
    resources: {
        stages: {
            name: 'Stage |||| Stages',
            fields: {
                id: 'Identifier',
                cycleId: 'Cycle',
                fiscalYear: 'Fiscal year',
                institutionId: 'Institution',
                institutionCode: 'Institution code',
                institutionName: 'Institution',
                code: 'Stage code',
                name: 'Stage',
                status: 'Status',
                version: 'Version',
                deadline: 'Deadline',
                overdue: 'Overdue',
                lastComment: 'Last comment',
                updatedAt: 'Last updated',
            },
        },
        'audit-events': {
            name: 'Audit event |||| Audit events',
            fields: {
                id: 'Identifier',
                stageId: 'Stage',
                institutionCode: 'Institution',
                action: 'Action',
                actorName: 'Done by',
                comment: 'Comment',
                version: 'Version',
                at: 'Date and time',
            },
        },
    },
    ciclo: {
        app_title: 'Ciclo',
        locale: { es: 'Español', en: 'English' },
        status: {
            draft: 'Draft',
            submitted: 'Submitted',
            approved: 'Approved',
        },
        role: {
            admin: 'Administrator',
            coordinator: 'Coordinator',
            authority: 'Authority',
            planner: 'Planner',
        },
        audit_action: {
            submitted: 'Submitted',
            approved: 'Approved',
            returned: 'Returned for correction',
            reminder_sent: 'Reminder sent',
            overdue: 'Deadline missed',
        },
        action: {
            submit: 'Submit',
            approve: 'Approve',
            return: 'Return',
            return_for_correction: 'Return for correction',
            confirm: 'Confirm',
            cancel: 'Cancel',
            view_stage: 'View stage',
            go_to_stages: 'Go to stages',
        },
        reason: {
            incomplete: 'Incomplete information',
            inconsistent: 'Inconsistent with the budget',
            other: 'Other',
        },
        dialog: {
            submit_title: 'Submit stage',
            submit_content:
                '"%{stage}" of %{institution} (version %{version}) will be sent to the authority for approval.',
            approve_title: 'Approve stage',
            approve_content: '"%{stage}" of %{institution} (version %{version}) will be approved.',
            return_title: 'Return for correction',
            return_content:
                '"%{stage}" of %{institution} (version %{version}) will be returned to the institution for correction.',
            comment: 'Comment',
            comment_optional: 'Comment (optional)',
            reason: 'Reason',
        },
        notification: {
            submitted: 'Stage submitted',
            approved: 'Stage approved',
            returned: 'Stage returned for correction',
        },
        deadline: {
            due_today: 'due today',
            due_in: 'due in 1 day |||| due in %{smart_count} days',
            late: '1 day late |||| %{smart_count} days late',
        },
        stage: {
            actions: 'Actions',
            institution: 'Institution',
            history: 'Stage history',
            no_events: 'No events recorded for this stage yet.',
        },
        dashboard: {
            title: 'Home',
            welcome: 'Welcome to Ciclo, %{name}.',
            role: 'Your role: %{role}.',
            intro: "From here you follow the stages of the institutions' yearly planning-budget cycle: submission, approval and return for correction.",
        },
    },
};
