import StageIcon from '@mui/icons-material/EventNote';
import { Card, CardActions, CardContent, Typography } from '@mui/material';
import {
    Button,
    LinkBase,
    Title,
    useCreatePath,
    useGetIdentity,
    usePermissions,
    useTranslate,
} from 'react-admin';
import type { Role } from './types';

export const Dashboard = () => {
    const translate = useTranslate();
    const createPath = useCreatePath();
    const { identity } = useGetIdentity();
    const { permissions: role } = usePermissions<Role>();

    return (
        <Card sx={{ mt: 2 }}>
            <Title title="ciclo.dashboard.title" />
            <CardContent>
                <Typography variant="h5" component="h1" gutterBottom>
                    {translate('ciclo.dashboard.welcome', { name: identity?.fullName ?? '' })}
                </Typography>
                {role && (
                    <Typography variant="body1" gutterBottom>
                        {translate('ciclo.dashboard.role', {
                            role: translate(`ciclo.role.${role}`, { _: role }),
                        })}
                    </Typography>
                )}
                <Typography variant="body2" color="text.secondary">
                    {translate('ciclo.dashboard.intro')}
                </Typography>
            </CardContent>
            <CardActions>
                <Button
                    label="ciclo.action.go_to_stages"
                    component={LinkBase}
                    to={createPath({ resource: 'stages', type: 'list' })}
                    variant="contained"
                >
                    <StageIcon />
                </Button>
            </CardActions>
        </Card>
    );
};
