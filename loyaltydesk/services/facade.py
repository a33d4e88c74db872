"""All services over one store, as the GUI, the CLI and sync see them."""

from __future__ import annotations

from dataclasses import dataclass

from loyaltydesk.services.context import Clock, ServiceContext, utc_now
from loyaltydesk.services.customers import CustomerService
from loyaltydesk.services.history import HistoryService
from loyaltydesk.services.points import PointsService
from loyaltydesk.services.program import ProgramService
from loyaltydesk.services.staff import StaffService
from loyaltydesk.services.voids import VoidService
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class Services:
    context: ServiceContext
    customers: CustomerService
    points: PointsService
    voids: VoidService
    history: HistoryService
    staff: StaffService
    program: ProgramService

    @property
    def database_kind(self) -> str:
        """``sqlite`` or ``postgresql``, for the status bar."""
        return self.context.uow.dialect


def build_services(uow: UnitOfWorkFactory, clock: Clock = utc_now) -> Services:
    context = ServiceContext(uow=uow, clock=clock)
    return Services(
        context=context,
        customers=CustomerService(context),
        points=PointsService(context),
        voids=VoidService(context),
        history=HistoryService(context),
        staff=StaffService(context),
        program=ProgramService(context),
    )
