// The main of every test program: the Qt application object lives for the whole run.
#include <gtest/gtest.h>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("email-manager-tests"));
    return RUN_ALL_TESTS();
}
